// The vectorised inner loops of Kiln's byte codecs (base64, hex, ASCII runs of UTF-8 and
// UTF-16), one table per instruction set, chosen once per process from what the CPU supports.
// Each kernel does the easy bulk of its job from the start of the input and stops where the
// scalar code in string_bytes.cc / utf8.cc must take over (a character that needs care, or
// too little input left); the scalar table's kernels do nothing. Results are the same for
// every table: tests/unit/codec_kernels_test.cc checks each against the scalar one.
#pragma once

#include <cstddef>
#include <cstdint>

namespace kiln {

struct CodecKernels {
  const char* name;
  // Encodes whole groups of 3 bytes into 4 characters; returns the bytes consumed (a multiple
  // of 3).
  size_t (*base64_encode)(const uint8_t* src, size_t length, char* dst, bool url);
  // Decodes whole groups of 4 base64 digits of either alphabet up to the first group with any
  // other character, writing at most `dst_length` bytes; returns the characters consumed (a
  // multiple of 4; 3 bytes written for each 4).
  size_t (*base64_decode)(const uint8_t* src, size_t length, uint8_t* dst, size_t dst_length);
  // Lowercase hex of a prefix of `src`; returns the bytes consumed (2 characters each).
  size_t (*hex_encode)(const uint8_t* src, size_t length, char* dst);
  // Decodes pairs of hex digits up to a block holding anything else, at most `dst_length`
  // bytes; returns the bytes written (2 characters consumed for each).
  size_t (*hex_decode)(const uint8_t* src, size_t length, uint8_t* dst, size_t dst_length);
  // The length of a prefix of `src` that is all ASCII (not always the longest one).
  size_t (*ascii_prefix)(const uint8_t* src, size_t length);
  // Copies a prefix of ASCII bytes widened to UTF-16 units; returns its length.
  size_t (*widen_ascii)(const uint8_t* src, size_t length, char16_t* dst);
  // Copies a prefix of UTF-16 units below 0x80 narrowed to bytes; returns its length.
  size_t (*narrow_ascii)(const char16_t* src, size_t length, uint8_t* dst);
  // Encodes a prefix of `src` as UTF-8 (a surrogate pair as one character, a lone surrogate
  // as U+FFFD; never ending between the halves of a pair), writing at most `capacity` bytes;
  // returns the bytes written and sets *consumed to the units encoded.
  size_t (*utf16_to_utf8)(const char16_t* src, size_t length, uint8_t* dst, size_t capacity,
                          size_t* consumed);
  // UTF-8 length of such a prefix of `src`; sets *consumed to its length.
  size_t (*utf16_utf8_length)(const char16_t* src, size_t length, size_t* consumed);
  // Number of bytes >= 0x80 in `src` (its UTF-8 length is `length` plus this).
  size_t (*count_high_bytes)(const uint8_t* src, size_t length);
  // Validates UTF-8 from the start of `src` block by block, up to the first block holding an
  // error or too little input left; returns the length of that prefix cut back to a character
  // boundary, adds its UTF-16 length to *units and raises *max_lead to at least its largest
  // lead byte (it may also see continuation bytes, all below 0xC0).
  size_t (*utf8_scan)(const uint8_t* src, size_t length, size_t* units, uint8_t* max_lead);
  // Decodes a prefix of valid UTF-8 into UTF-16, ending at a character boundary, writing at
  // most `capacity` units (input that is not valid after all, e.g. shared memory written
  // meanwhile, gives wrong characters but never more units); returns the bytes consumed and
  // sets *written to the units written.
  size_t (*utf8_to_utf16_valid)(const uint8_t* src, size_t length, char16_t* dst,
                                size_t capacity, size_t* written);
  // The same into Latin-1, for valid UTF-8 whose characters are all below U+0100.
  size_t (*utf8_to_latin1_valid)(const uint8_t* src, size_t length, uint8_t* dst,
                                 size_t capacity, size_t* written);
};

const CodecKernels& ScalarCodecKernels();
// Null when this CPU lacks AVX2.
const CodecKernels* Avx2CodecKernels();
// AVX2 plus AVX-512 (F, BW, VBMI, VBMI2) where that pays; null when this CPU lacks them.
const CodecKernels* Avx512CodecKernels();
// The best table for this CPU (KILN_CODEC_KERNELS=scalar or avx2 forces that one, for
// measurements).
const CodecKernels& ActiveCodecKernels();

}  // namespace kiln
