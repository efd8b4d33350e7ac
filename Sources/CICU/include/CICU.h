// CICU: tsuji's only window onto ICU.
//
// This header deliberately includes no ICU header: Swift cannot call ICU's versioned symbol
// names (ubrk_open is a macro for ubrk_open_72), and a Swift module that sees ICU's headers
// cannot also import Foundation, which ships its own copy of them. Every function here has a
// tsuji_ name, takes plain C types, and reports ICU errors as an int32 status (0 or negative is
// success or a warning, positive is failure, exactly as UErrorCode).
#ifndef TSUJI_CICU_H
#define TSUJI_CICU_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint16_t tsuji_uchar;

/// Name of an ICU error code, for messages.
const char *tsuji_error_name(int32_t status);
/// ICU's version, e.g. "72.1".
void tsuji_icu_version(char *buffer, int32_t capacity);

// MARK: Normalization

typedef enum {
    TSUJI_NORM_NFC = 0,
    TSUJI_NORM_NFKC = 1,
    TSUJI_NORM_NFKC_CASEFOLD = 2,
    TSUJI_NORM_NFD = 3,
} tsuji_normalization_form;

/// Normalizes UTF-16 `source` into `dest`. Returns the length needed; a return larger than
/// `capacity` (with status U_BUFFER_OVERFLOW_ERROR) means call again with a larger buffer.
int32_t tsuji_normalize(tsuji_normalization_form form, const tsuji_uchar *source, int32_t length,
                        tsuji_uchar *dest, int32_t capacity, int32_t *status);
/// Whether the code point starts a normalization segment (nothing before it can combine with it).
int tsuji_normalize_has_boundary_before(tsuji_normalization_form form, int32_t codePoint);

// MARK: Word breaking

typedef struct tsuji_break_iterator tsuji_break_iterator;

/// Opens a word break iterator for `locale` ("ja", "zh") over UTF-16 text that the caller keeps
/// alive until the iterator is closed.
tsuji_break_iterator *tsuji_word_break_open(const char *locale, const tsuji_uchar *text, int32_t length,
                                            int32_t *status);
/// The next boundary (UTF-16 offset) or -1 when done.
int32_t tsuji_break_next(tsuji_break_iterator *iterator);
/// The rule status of the segment ending at the last boundary returned.
int32_t tsuji_break_rule_status(tsuji_break_iterator *iterator);
void tsuji_break_close(tsuji_break_iterator *iterator);

// MARK: Transliteration

typedef struct tsuji_transliterator tsuji_transliterator;

tsuji_transliterator *tsuji_transliterator_open(const tsuji_uchar *id, int32_t idLength, int32_t *status);
/// Transliterates `text` in place. `*length` is the text length in, the result length out;
/// `capacity` is the buffer size. On U_BUFFER_OVERFLOW_ERROR, `*length` is the size needed.
void tsuji_transliterate(tsuji_transliterator *transliterator, tsuji_uchar *text, int32_t *length,
                         int32_t capacity, int32_t *status);
void tsuji_transliterator_close(tsuji_transliterator *transliterator);

// MARK: Scripts

/// The UScriptCode of a code point (e.g. 17 Han, 20 Hiragana, 22 Katakana, 25 Latin, 0 Common,
/// 1 Inherited).
int32_t tsuji_script(int32_t codePoint, int32_t *status);
/// Writes up to `capacity` script codes of the code point's Script_Extensions; returns the count.
int32_t tsuji_script_extensions(int32_t codePoint, int32_t *scripts, int32_t capacity, int32_t *status);
/// ICU's short name for a script code ("Hani", "Kana").
const char *tsuji_script_short_name(int32_t script);

// MARK: Collation

typedef struct tsuji_collator tsuji_collator;

tsuji_collator *tsuji_collator_open(const char *locale, int32_t *status);
/// -1, 0 or 1.
int32_t tsuji_collator_compare(tsuji_collator *collator, const tsuji_uchar *a, int32_t aLength,
                               const tsuji_uchar *b, int32_t bLength);
/// Writes the sort key; returns its length (which may exceed capacity: call again).
int32_t tsuji_collator_sort_key(tsuji_collator *collator, const tsuji_uchar *text, int32_t length,
                                uint8_t *key, int32_t capacity);
void tsuji_collator_close(tsuji_collator *collator);

// MARK: Conversion

typedef struct tsuji_converter tsuji_converter;

/// Opens a converter that stops at the first invalid or unmappable byte sequence.
tsuji_converter *tsuji_converter_open(const char *name, int32_t *status);
/// Converts as much of `source` as fits into `target`. `*sourceUsed` and `*targetUsed` say how
/// much was consumed and produced. `flush` is 1 for the last chunk. On an invalid sequence the
/// status is positive and `*invalidLength` is the length of the bad bytes, which end at
/// `*sourceUsed`.
void tsuji_converter_to_utf16(tsuji_converter *converter, const char *source, int32_t sourceLength,
                              int32_t *sourceUsed, tsuji_uchar *target, int32_t targetCapacity,
                              int32_t *targetUsed, int flush, int32_t *invalidLength, int32_t *status);
/// Whether the converter's charset can encode the code point (e.g. is a character in JIS X 0208
/// for EUC-JP). Resets the converter's state.
int tsuji_converter_can_encode(tsuji_converter *converter, int32_t codePoint);
/// ICU's canonical name of the converter's charset.
const char *tsuji_converter_name(tsuji_converter *converter, int32_t *status);
void tsuji_converter_close(tsuji_converter *converter);

#ifdef __cplusplus
}
#endif

#endif
