/// The curated terms compiled into the binary (see Plugins/EmbedTermsPlugin).
public enum EmbeddedTerms {
    /// Each curated file's name and text.
    public static var files: [(name: String, text: String)] { embeddedTermFiles }
}
