// Thin C wrappers over ICU's C API. See include/CICU.h for why this exists.
#include "CICU.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucol.h>
#include <unicode/uclean.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>

_Static_assert(sizeof(tsuji_uchar) == sizeof(UChar), "UChar must be 16 bits");

const char *tsuji_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void tsuji_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    strncpy(buffer, text, (size_t)capacity);
    if (capacity > 0) buffer[capacity - 1] = 0;
}

static const UNormalizer2 *normalizer(tsuji_normalization_form form, UErrorCode *error) {
    switch (form) {
    case TSUJI_NORM_NFC: return unorm2_getNFCInstance(error);
    case TSUJI_NORM_NFKC: return unorm2_getNFKCInstance(error);
    case TSUJI_NORM_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(error);
    case TSUJI_NORM_NFD: return unorm2_getNFDInstance(error);
    }
    *error = U_ILLEGAL_ARGUMENT_ERROR;
    return NULL;
}

int32_t tsuji_normalize(tsuji_normalization_form form, const tsuji_uchar *source, int32_t length,
                        tsuji_uchar *dest, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &error);
    int32_t result = 0;
    if (U_SUCCESS(error)) result = unorm2_normalize(n, (const UChar *)source, length, (UChar *)dest, capacity, &error);
    *status = error;
    return result;
}

int tsuji_normalize_has_boundary_before(tsuji_normalization_form form, int32_t codePoint) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &error);
    if (U_FAILURE(error)) return 1;
    return unorm2_hasBoundaryBefore(n, (UChar32)codePoint) ? 1 : 0;
}

struct tsuji_break_iterator { UBreakIterator *iterator; };

tsuji_break_iterator *tsuji_word_break_open(const char *locale, const tsuji_uchar *text, int32_t length,
                                            int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, (const UChar *)text, length, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    return (tsuji_break_iterator *)iterator;
}

int32_t tsuji_break_next(tsuji_break_iterator *iterator) {
    int32_t next = ubrk_next((UBreakIterator *)iterator);
    return next == UBRK_DONE ? -1 : next;
}

int32_t tsuji_break_rule_status(tsuji_break_iterator *iterator) {
    return ubrk_getRuleStatus((UBreakIterator *)iterator);
}

void tsuji_break_close(tsuji_break_iterator *iterator) { ubrk_close((UBreakIterator *)iterator); }

tsuji_transliterator *tsuji_transliterator_open(const tsuji_uchar *id, int32_t idLength, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UParseError parseError;
    UTransliterator *t = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0, &parseError, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    return (tsuji_transliterator *)t;
}

void tsuji_transliterate(tsuji_transliterator *transliterator, tsuji_uchar *text, int32_t *length,
                         int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)text, length, capacity, 0, &limit, &error);
    *status = error;
}

void tsuji_transliterator_close(tsuji_transliterator *transliterator) {
    utrans_close((UTransliterator *)transliterator);
}

int32_t tsuji_script(int32_t codePoint, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript((UChar32)codePoint, &error);
    *status = error;
    return (int32_t)code;
}

int32_t tsuji_script_extensions(int32_t codePoint, int32_t *scripts, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode buffer[32];
    int32_t count = uscript_getScriptExtensions((UChar32)codePoint, buffer, 32, &error);
    *status = error;
    if (U_FAILURE(error)) return 0;
    for (int32_t i = 0; i < count && i < capacity; i++) scripts[i] = (int32_t)buffer[i];
    return count < capacity ? count : capacity;
}

const char *tsuji_script_short_name(int32_t script) { return uscript_getShortName((UScriptCode)script); }

struct tsuji_collator { UCollator *collator; };

tsuji_collator *tsuji_collator_open(const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UCollator *c = ucol_open(locale, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    return (tsuji_collator *)c;
}

int32_t tsuji_collator_compare(tsuji_collator *collator, const tsuji_uchar *a, int32_t aLength,
                               const tsuji_uchar *b, int32_t bLength) {
    return (int32_t)ucol_strcoll((const UCollator *)collator, (const UChar *)a, aLength, (const UChar *)b, bLength);
}

int32_t tsuji_collator_sort_key(tsuji_collator *collator, const tsuji_uchar *text, int32_t length,
                                uint8_t *key, int32_t capacity) {
    return ucol_getSortKey((const UCollator *)collator, (const UChar *)text, length, key, capacity);
}

void tsuji_collator_close(tsuji_collator *collator) { ucol_close((UCollator *)collator); }

tsuji_converter *tsuji_converter_open(const char *name, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UConverter *c = ucnv_open(name, &error);
    if (U_SUCCESS(error)) {
        ucnv_setToUCallBack(c, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
    }
    *status = error;
    if (U_FAILURE(error)) {
        if (c) ucnv_close(c);
        return NULL;
    }
    return (tsuji_converter *)c;
}

void tsuji_converter_to_utf16(tsuji_converter *converter, const char *source, int32_t sourceLength,
                              int32_t *sourceUsed, tsuji_uchar *target, int32_t targetCapacity,
                              int32_t *targetUsed, int flush, int32_t *invalidLength, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const char *s = source;
    UChar *t = (UChar *)target;
    ucnv_toUnicode((UConverter *)converter, &t, (UChar *)target + targetCapacity, &s, source + sourceLength,
                   NULL, (UBool)(flush != 0), &error);
    *sourceUsed = (int32_t)(s - source);
    *targetUsed = (int32_t)(t - (UChar *)target);
    *invalidLength = 0;
    if (error == U_ILLEGAL_CHAR_FOUND || error == U_INVALID_CHAR_FOUND || error == U_TRUNCATED_CHAR_FOUND) {
        char bad[32];
        int8_t badLength = (int8_t)sizeof(bad);
        UErrorCode e2 = U_ZERO_ERROR;
        ucnv_getInvalidChars((const UConverter *)converter, bad, &badLength, &e2);
        *invalidLength = U_SUCCESS(e2) ? badLength : 0;
    }
    *status = error;
}

int tsuji_converter_can_encode(tsuji_converter *converter, int32_t codePoint) {
    UConverter *c = (UConverter *)converter;
    UErrorCode error = U_ZERO_ERROR;
    UChar source[2];
    int32_t length = 0;
    if (codePoint > 0xFFFF) {
        source[0] = (UChar)(0xD7C0 + (codePoint >> 10));
        source[1] = (UChar)(0xDC00 | (codePoint & 0x3FF));
        length = 2;
    } else {
        source[0] = (UChar)codePoint;
        length = 1;
    }
    ucnv_resetFromUnicode(c);
    ucnv_setFromUCallBack(c, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
    if (U_FAILURE(error)) return 0;
    char target[16];
    int32_t written = ucnv_fromUChars(c, target, (int32_t)sizeof(target), source, length, &error);
    ucnv_resetFromUnicode(c);
    return U_SUCCESS(error) && written > 0 ? 1 : 0;
}

const char *tsuji_converter_name(tsuji_converter *converter, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const char *name = ucnv_getName((const UConverter *)converter, &error);
    *status = error;
    return name;
}

void tsuji_converter_close(tsuji_converter *converter) { ucnv_close((UConverter *)converter); }
