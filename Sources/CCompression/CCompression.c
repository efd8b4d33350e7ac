// Thin wrappers over zlib and libbz2. See include/CCompression.h for why this exists.
#include "CCompression.h"

#include <dlfcn.h>

// libbz2 is loaded at run time (its runtime library is on every Debian system, since dpkg needs
// it) so that building tsuji does not need libbz2-dev. These declarations follow bzlib.h's
// stable 1.0 ABI.
typedef struct {
    char *next_in;
    unsigned int avail_in;
    unsigned int total_in_lo32;
    unsigned int total_in_hi32;
    char *next_out;
    unsigned int avail_out;
    unsigned int total_out_lo32;
    unsigned int total_out_hi32;
    void *state;
    void *(*bzalloc)(void *, int, int);
    void (*bzfree)(void *, void *);
    void *opaque;
} bz_stream;
enum { BZ_OK = 0, BZ_STREAM_END = 4, BZ_DATA_ERROR = -4, BZ_CONFIG_ERROR = -9 };

static int (*bz_init)(bz_stream *, int, int);
static int (*bz_decompress)(bz_stream *);
static int (*bz_end)(bz_stream *);

static int load_bzip2(void) {
    static int loaded = -1;
    if (loaded >= 0) return loaded;
    const char *names[] = {"libbz2.so.1.0", "libbz2.so.1", "libbz2.so", "libbz2.1.0.dylib", "libbz2.dylib"};
    void *library = NULL;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]) && !library; i++) library = dlopen(names[i], RTLD_NOW);
    if (library) {
        bz_init = (int (*)(bz_stream *, int, int))dlsym(library, "BZ2_bzDecompressInit");
        bz_decompress = (int (*)(bz_stream *))dlsym(library, "BZ2_bzDecompress");
        bz_end = (int (*)(bz_stream *))dlsym(library, "BZ2_bzDecompressEnd");
    }
    loaded = (bz_init && bz_decompress && bz_end) ? 1 : 0;
    return loaded;
}

#define BZ2_bzDecompressInit(s, v, sm) bz_init((s), (v), (sm))
#define BZ2_bzDecompress(s) bz_decompress(s)
#define BZ2_bzDecompressEnd(s) bz_end(s)
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
    if (!load_bzip2()) return NULL;
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
