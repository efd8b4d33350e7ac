// CCompression: plain C wrappers over zlib and libbz2 for tsuji's streaming readers.
//
// zlib's inflateInit2 and bzip2's stream setup are macros or need struct sizes that Swift cannot
// see cleanly; these wrappers hide the library headers and give each decoder an opaque handle.
// Status codes: 0 = more to do, 1 = end of the compressed stream, negative = error.
#ifndef TSUJI_CCOMPRESSION_H
#define TSUJI_CCOMPRESSION_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    /// gzip or zlib framing, detected from the header.
    TSUJI_INFLATE_GZIP_OR_ZLIB = 0,
    /// Raw deflate data without framing (as in a ZIP member).
    TSUJI_INFLATE_RAW = 1,
} tsuji_inflate_mode;

typedef struct tsuji_inflater tsuji_inflater;

tsuji_inflater *tsuji_inflater_open(tsuji_inflate_mode mode);
/// Decompresses from `input` into `output`; `*inputUsed` and `*outputProduced` say how much of
/// each was consumed and written. Returns 0 (call again), 1 (stream end) or a negative zlib error.
int tsuji_inflate(tsuji_inflater *inflater, const uint8_t *input, size_t inputLength, size_t *inputUsed,
                  uint8_t *output, size_t outputCapacity, size_t *outputProduced);
/// Starts a new stream with the same mode (for concatenated gzip members).
int tsuji_inflater_reset(tsuji_inflater *inflater);
/// zlib's message for the last error, or NULL.
const char *tsuji_inflater_message(tsuji_inflater *inflater);
void tsuji_inflater_close(tsuji_inflater *inflater);

/// CRC-32 as used by gzip and ZIP; pass 0 as the initial `crc`.
uint32_t tsuji_crc32(uint32_t crc, const uint8_t *bytes, size_t length);

typedef struct tsuji_bunzipper tsuji_bunzipper;

tsuji_bunzipper *tsuji_bunzipper_open(void);
/// As tsuji_inflate, for bzip2 data. Negative returns are libbz2 error codes.
int tsuji_bunzip(tsuji_bunzipper *bunzipper, const uint8_t *input, size_t inputLength, size_t *inputUsed,
                 uint8_t *output, size_t outputCapacity, size_t *outputProduced);
/// Starts a new stream (for concatenated bzip2 streams, as pbzip2 writes).
int tsuji_bunzipper_reset(tsuji_bunzipper *bunzipper);
void tsuji_bunzipper_close(tsuji_bunzipper *bunzipper);

#ifdef __cplusplus
}
#endif

#endif
