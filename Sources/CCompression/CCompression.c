// Thin wrappers over zlib and libbz2. See include/CCompression.h for why this exists.
#include "CCompression.h"

#include <bzlib.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

struct tsuji_inflater {
    z_stream stream;
    int windowBits;
};

tsuji_inflater *tsuji_inflater_open(tsuji_inflate_mode mode) {
    tsuji_inflater *inflater = calloc(1, sizeof(tsuji_inflater));
    if (!inflater) return NULL;
    // 15 + 32: a 32 KiB window, with gzip or zlib framing detected automatically; -15: raw deflate.
    inflater->windowBits = mode == TSUJI_INFLATE_RAW ? -15 : 15 + 32;
    if (inflateInit2(&inflater->stream, inflater->windowBits) != Z_OK) {
        free(inflater);
        return NULL;
    }
    return inflater;
}

int tsuji_inflate(tsuji_inflater *inflater, const uint8_t *input, size_t inputLength, size_t *inputUsed,
                  uint8_t *output, size_t outputCapacity, size_t *outputProduced) {
    z_stream *stream = &inflater->stream;
    uInt inLength = inputLength > UINT_MAX ? UINT_MAX : (uInt)inputLength;
    uInt outLength = outputCapacity > UINT_MAX ? UINT_MAX : (uInt)outputCapacity;
    stream->next_in = (Bytef *)input;
    stream->avail_in = inLength;
    stream->next_out = output;
    stream->avail_out = outLength;
    int status = inflate(stream, Z_NO_FLUSH);
    *inputUsed = inLength - stream->avail_in;
    *outputProduced = outLength - stream->avail_out;
    switch (status) {
    case Z_OK: return 0;
    case Z_STREAM_END: return 1;
    // No progress possible: more input is needed (or the output is full); not an error here.
    case Z_BUF_ERROR: return 0;
    case Z_NEED_DICT: return Z_DATA_ERROR;
    default: return status < 0 ? status : Z_DATA_ERROR;
    }
}

int tsuji_inflater_reset(tsuji_inflater *inflater) {
    return inflateReset(&inflater->stream) == Z_OK ? 0 : -1;
}

const char *tsuji_inflater_message(tsuji_inflater *inflater) { return inflater->stream.msg; }

void tsuji_inflater_close(tsuji_inflater *inflater) {
    if (!inflater) return;
    inflateEnd(&inflater->stream);
    free(inflater);
}

uint32_t tsuji_crc32(uint32_t crc, const uint8_t *bytes, size_t length) {
    uLong value = crc;
    while (length > 0) {
        uInt chunk = length > UINT_MAX ? UINT_MAX : (uInt)length;
        value = crc32(value, bytes, chunk);
        bytes += chunk;
        length -= chunk;
    }
    return (uint32_t)value;
}

struct tsuji_bunzipper {
    bz_stream stream;
};

tsuji_bunzipper *tsuji_bunzipper_open(void) {
    tsuji_bunzipper *bunzipper = calloc(1, sizeof(tsuji_bunzipper));
    if (!bunzipper) return NULL;
    if (BZ2_bzDecompressInit(&bunzipper->stream, 0, 0) != BZ_OK) {
        free(bunzipper);
        return NULL;
    }
    return bunzipper;
}

int tsuji_bunzip(tsuji_bunzipper *bunzipper, const uint8_t *input, size_t inputLength, size_t *inputUsed,
                 uint8_t *output, size_t outputCapacity, size_t *outputProduced) {
    bz_stream *stream = &bunzipper->stream;
    unsigned int inLength = inputLength > UINT_MAX ? UINT_MAX : (unsigned int)inputLength;
    unsigned int outLength = outputCapacity > UINT_MAX ? UINT_MAX : (unsigned int)outputCapacity;
    stream->next_in = (char *)input;
    stream->avail_in = inLength;
    stream->next_out = (char *)output;
    stream->avail_out = outLength;
    int status = BZ2_bzDecompress(stream);
    *inputUsed = inLength - stream->avail_in;
    *outputProduced = outLength - stream->avail_out;
    switch (status) {
    case BZ_OK: return 0;
    case BZ_STREAM_END: return 1;
    default: return status < 0 ? status : BZ_DATA_ERROR;
    }
}

int tsuji_bunzipper_reset(tsuji_bunzipper *bunzipper) {
    BZ2_bzDecompressEnd(&bunzipper->stream);
    memset(&bunzipper->stream, 0, sizeof(bz_stream));
    return BZ2_bzDecompressInit(&bunzipper->stream, 0, 0) == BZ_OK ? 0 : -1;
}

void tsuji_bunzipper_close(tsuji_bunzipper *bunzipper) {
    if (!bunzipper) return;
    BZ2_bzDecompressEnd(&bunzipper->stream);
    free(bunzipper);
}
