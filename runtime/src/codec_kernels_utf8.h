// The vector UTF-8 kernels of the AVX2 and AVX-512 tables (codec_kernels_utf8.cc), declared for
// codec_kernels_avx2.cc, which builds the tables. Each may only be called on a CPU with its
// instruction set.
#pragma once

#include <cstddef>
#include <cstdint>

namespace kiln {

size_t Utf8ScanAvx2(const uint8_t* src, size_t length, size_t* units, uint8_t* max_lead);
size_t Utf8ScanAvx512(const uint8_t* src, size_t length, size_t* units, uint8_t* max_lead);
size_t Utf8ToUtf16ValidAvx512(const uint8_t* src, size_t length, char16_t* dst, size_t capacity,
                              size_t* written);
size_t Utf8ToLatin1ValidAvx512(const uint8_t* src, size_t length, uint8_t* dst, size_t capacity,
                               size_t* written);

}  // namespace kiln
