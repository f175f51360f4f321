// UTS #46 processing (mapping, NFC, label validation with CheckBidi and CheckJoiners) and
// Punycode, for the URL Standard's host parser and url.domainToASCII/domainToUnicode.
#include "idna.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <algorithm>
#include <vector>

namespace kiln::idna {
namespace {

const Range* FindRange(char32_t cp) {
  const Range* begin = kRanges;
  const Range* end = kRanges + kRangeCount;
  const Range* it = std::upper_bound(begin, end, static_cast<uint32_t>(cp),
                                     [](uint32_t value, const Range& r) { return value < r.start; });
  if (it == begin) return nullptr;
  --it;
  return (cp >= it->start && cp <= it->end) ? it : nullptr;
}

uint8_t StatusOf(char32_t cp) {
  const Range* range = FindRange(cp);
  return range != nullptr ? range->status : kDisallowed;
}

std::u32string Map(std::u32string_view input) {
  std::u32string out;
  out.reserve(input.size());
  for (char32_t cp : input) {
    const Range* range = FindRange(cp);
    uint8_t status = range != nullptr ? range->status : kDisallowed;
    switch (status) {
      case kIgnored:
        break;
      case kMapped:
        out.append(kMappingData + range->mapping_offset, range->mapping_length);
        break;
      default:  // valid, deviation (nontransitional keeps it), disallowed (fails validation)
        out.push_back(cp);
        break;
    }
  }
  return out;
}

std::u16string ToUtf16(std::u32string_view input) {
  std::u16string out;
  out.reserve(input.size());
  for (char32_t cp : input) {
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xd800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xdc00 + (cp & 0x3ff)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
  }
  return out;
}

std::u32string FromUtf16(const char16_t* data, size_t length) {
  std::u32string out;
  out.reserve(length);
  for (size_t i = 0; i < length; i++) {
    char32_t c = data[i];
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length && data[i + 1] >= 0xdc00 &&
        data[i + 1] <= 0xdfff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (data[i + 1] - 0xdc00);
      i++;
    }
    out.push_back(c);
  }
  return out;
}

const UNormalizer2* Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
  return U_SUCCESS(status) ? nfc : nullptr;
}

std::u32string Normalize(const std::u32string& input) {
  bool ascii = std::all_of(input.begin(), input.end(), [](char32_t c) { return c < 0x80; });
  if (ascii) return input;
  const UNormalizer2* nfc = Nfc();
  if (nfc == nullptr) return input;
  std::u16string utf16 = ToUtf16(input);
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = unorm2_normalize(nfc, reinterpret_cast<const UChar*>(utf16.data()),
                                    static_cast<int32_t>(utf16.size()), nullptr, 0, &status);
  std::u16string out(static_cast<size_t>(length), u'\0');
  status = U_ZERO_ERROR;
  unorm2_normalize(nfc, reinterpret_cast<const UChar*>(utf16.data()),
                   static_cast<int32_t>(utf16.size()), reinterpret_cast<UChar*>(out.data()),
                   length, &status);
  if (U_FAILURE(status)) return input;
  return FromUtf16(out.data(), out.size());
}

bool IsNfc(const std::u32string& label) { return Normalize(label) == label; }

bool IsAscii(std::u32string_view s) {
  return std::all_of(s.begin(), s.end(), [](char32_t c) { return c < 0x80; });
}

bool StartsWithXn(std::u32string_view s) {
  return s.size() >= 4 && s[0] == 'x' && s[1] == 'n' && s[2] == '-' && s[3] == '-';
}

bool IsCombiningMark(char32_t cp) {
  int8_t type = u_charType(static_cast<UChar32>(cp));
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ||
         type == U_COMBINING_SPACING_MARK;
}

bool IsVirama(char32_t cp) { return u_getCombiningClass(static_cast<UChar32>(cp)) == 9; }

int JoiningType(char32_t cp) {
  return u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_JOINING_TYPE);
}

// RFC 5892 Appendix A.1 and A.2.
bool CheckJoiners(const std::u32string& label) {
  for (size_t i = 0; i < label.size(); i++) {
    char32_t cp = label[i];
    if (cp != 0x200c && cp != 0x200d) continue;
    if (i > 0 && IsVirama(label[i - 1])) continue;
    if (cp == 0x200d) return false;
    // ZWNJ: (L|D) T* ZWNJ T* (R|D)
    bool before = false;
    for (size_t j = i; j-- > 0;) {
      int type = JoiningType(label[j]);
      if (type == U_JT_TRANSPARENT) continue;
      before = type == U_JT_LEFT_JOINING || type == U_JT_DUAL_JOINING;
      break;
    }
    bool after = false;
    for (size_t j = i + 1; j < label.size(); j++) {
      int type = JoiningType(label[j]);
      if (type == U_JT_TRANSPARENT) continue;
      after = type == U_JT_RIGHT_JOINING || type == U_JT_DUAL_JOINING;
      break;
    }
    if (!before || !after) return false;
  }
  return true;
}

// RFC 5893 section 2, for labels of a Bidi domain name.
bool CheckBidi(const std::u32string& label) {
  if (label.empty()) return true;
  auto dir = [](char32_t cp) { return u_charDirection(static_cast<UChar32>(cp)); };
  UCharDirection first = dir(label[0]);
  bool rtl;
  if (first == U_LEFT_TO_RIGHT) {
    rtl = false;
  } else if (first == U_RIGHT_TO_LEFT || first == U_RIGHT_TO_LEFT_ARABIC) {
    rtl = true;
  } else {
    return false;
  }
  bool has_en = false, has_an = false;
  for (char32_t cp : label) {
    UCharDirection d = dir(cp);
    if (rtl) {
      switch (d) {
        case U_RIGHT_TO_LEFT: case U_RIGHT_TO_LEFT_ARABIC: case U_ARABIC_NUMBER:
        case U_EUROPEAN_NUMBER: case U_EUROPEAN_NUMBER_SEPARATOR:
        case U_COMMON_NUMBER_SEPARATOR: case U_EUROPEAN_NUMBER_TERMINATOR:
        case U_OTHER_NEUTRAL: case U_BOUNDARY_NEUTRAL: case U_DIR_NON_SPACING_MARK:
          break;
        default:
          return false;
      }
      if (d == U_EUROPEAN_NUMBER) has_en = true;
      if (d == U_ARABIC_NUMBER) has_an = true;
    } else {
      switch (d) {
        case U_LEFT_TO_RIGHT: case U_EUROPEAN_NUMBER: case U_EUROPEAN_NUMBER_SEPARATOR:
        case U_COMMON_NUMBER_SEPARATOR: case U_EUROPEAN_NUMBER_TERMINATOR:
        case U_OTHER_NEUTRAL: case U_BOUNDARY_NEUTRAL: case U_DIR_NON_SPACING_MARK:
          break;
        default:
          return false;
      }
    }
  }
  // The last character that is not NSM.
  size_t end = label.size();
  while (end > 0 && dir(label[end - 1]) == U_DIR_NON_SPACING_MARK) end--;
  if (end == 0) return false;
  UCharDirection last = dir(label[end - 1]);
  if (rtl) {
    if (last != U_RIGHT_TO_LEFT && last != U_RIGHT_TO_LEFT_ARABIC &&
        last != U_EUROPEAN_NUMBER && last != U_ARABIC_NUMBER) {
      return false;
    }
    if (has_en && has_an) return false;
  } else if (last != U_LEFT_TO_RIGHT && last != U_EUROPEAN_NUMBER) {
    return false;
  }
  return true;
}

bool IsBidiDomain(const std::vector<std::u32string>& labels) {
  for (const std::u32string& label : labels) {
    std::u32string decoded;
    const std::u32string* text = &label;
    if (StartsWithXn(label)) {
      if (!PunycodeDecode(std::u32string_view(label).substr(4), &decoded)) continue;
      text = &decoded;
    }
    for (char32_t cp : *text) {
      UCharDirection d = u_charDirection(static_cast<UChar32>(cp));
      if (d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC || d == U_ARABIC_NUMBER) {
        return true;
      }
    }
  }
  return false;
}

// UTS #46 section 4.1 with CheckHyphens and UseSTD3ASCIIRules false, nontransitional.
bool ValidateLabel(const std::u32string& label, bool bidi_domain) {
  if (label.empty()) return true;
  if (!IsNfc(label)) return false;
  if (StartsWithXn(label)) return false;
  if (label.find(U'.') != std::u32string::npos) return false;
  if (IsCombiningMark(label[0])) return false;
  for (char32_t cp : label) {
    uint8_t status = StatusOf(cp);
    if (status != kValid && status != kDeviation) return false;
  }
  if (!CheckJoiners(label)) return false;
  if (bidi_domain && !CheckBidi(label)) return false;
  return true;
}

// The processing steps: the labels (Unicode) and whether an error was recorded.
std::vector<std::u32string> Process(std::string_view domain, bool* error) {
  std::u32string mapped = Normalize(Map(Utf8ToCodePoints(domain)));
  std::vector<std::u32string> labels;
  size_t start = 0;
  while (true) {
    size_t dot = mapped.find(U'.', start);
    if (dot == std::u32string::npos) {
      labels.push_back(mapped.substr(start));
      break;
    }
    labels.push_back(mapped.substr(start, dot - start));
    start = dot + 1;
  }
  bool bidi = IsBidiDomain(labels);
  *error = false;
  for (std::u32string& label : labels) {
    if (StartsWithXn(label)) {
      if (!IsAscii(label)) {
        *error = true;
        continue;
      }
      std::u32string decoded;
      if (!PunycodeDecode(std::u32string_view(label).substr(4), &decoded)) {
        *error = true;
        continue;
      }
      label = std::move(decoded);
      if (label.empty() || IsAscii(label)) *error = true;
    }
    if (*error) continue;
    if (!ValidateLabel(label, bidi)) *error = true;
  }
  return labels;
}

constexpr uint32_t kBase = 36, kTMin = 1, kTMax = 26, kSkew = 38, kDamp = 700;
constexpr uint32_t kInitialBias = 72, kInitialN = 128;

uint32_t Adapt(uint32_t delta, uint32_t num_points, bool first_time) {
  delta = first_time ? delta / kDamp : delta / 2;
  delta += delta / num_points;
  uint32_t k = 0;
  while (delta > ((kBase - kTMin) * kTMax) / 2) {
    delta /= kBase - kTMin;
    k += kBase;
  }
  return k + (((kBase - kTMin + 1) * delta) / (delta + kSkew));
}

int DigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0') + 26;
  if (c >= 'A' && c <= 'Z') return static_cast<int>(c - 'A');
  if (c >= 'a' && c <= 'z') return static_cast<int>(c - 'a');
  return -1;
}

char EncodeDigit(uint32_t d) { return static_cast<char>(d < 26 ? 'a' + d : '0' + (d - 26)); }

}  // namespace

std::u32string Utf8ToCodePoints(std::string_view input) {
  std::u32string out;
  out.reserve(input.size());
  size_t i = 0;
  const auto* s = reinterpret_cast<const unsigned char*>(input.data());
  size_t n = input.size();
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      out.push_back(c);
      i++;
      continue;
    }
    int length = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (c >= 0xc2 && c <= 0xdf) {
      length = 2;
      cp = c & 0x1f;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      length = 3;
      cp = c & 0x0f;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      length = 4;
      cp = c & 0x07;
      min = 0x10000;
    }
    if (length == 0) {
      out.push_back(0xfffd);
      i++;
      continue;
    }
    int consumed = 1;
    bool ok = true;
    for (; consumed < length; consumed++) {
      if (i + consumed >= n || (s[i + consumed] & 0xc0) != 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (s[i + consumed] & 0x3f);
    }
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      out.push_back(0xfffd);
      i += ok ? length : consumed;
      continue;
    }
    out.push_back(cp);
    i += length;
  }
  return out;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xc0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xe0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else {
    out->push_back(static_cast<char>(0xf0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  }
}

bool PunycodeDecode(std::u32string_view input, std::u32string* output) {
  output->clear();
  size_t basic_end = input.rfind(U'-');
  if (basic_end == std::u32string_view::npos) basic_end = 0;
  for (size_t i = 0; i < basic_end; i++) {
    if (input[i] >= 0x80) return false;
    output->push_back(input[i]);
  }
  uint32_t n = kInitialN, i = 0, bias = kInitialBias;
  size_t in = basic_end > 0 ? basic_end + 1 : 0;
  while (in < input.size()) {
    uint32_t old_i = i, w = 1;
    for (uint32_t k = kBase;; k += kBase) {
      if (in >= input.size()) return false;
      int digit = DigitValue(input[in++]);
      if (digit < 0) return false;
      if (static_cast<uint32_t>(digit) > (UINT32_MAX - i) / w) return false;
      i += static_cast<uint32_t>(digit) * w;
      uint32_t t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
      if (static_cast<uint32_t>(digit) < t) break;
      if (w > UINT32_MAX / (kBase - t)) return false;
      w *= kBase - t;
    }
    uint32_t length = static_cast<uint32_t>(output->size()) + 1;
    bias = Adapt(i - old_i, length, old_i == 0);
    if (i / length > UINT32_MAX - n) return false;
    n += i / length;
    i %= length;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return false;
    output->insert(output->begin() + i, static_cast<char32_t>(n));
    i++;
  }
  return true;
}

bool PunycodeEncode(std::u32string_view input, std::string* output) {
  output->clear();
  uint32_t n = kInitialN, delta = 0, bias = kInitialBias;
  for (char32_t c : input) {
    if (c < 0x80) output->push_back(static_cast<char>(c));
  }
  uint32_t basic = static_cast<uint32_t>(output->size());
  uint32_t handled = basic;
  if (basic > 0) output->push_back('-');
  while (handled < input.size()) {
    uint32_t m = UINT32_MAX;
    for (char32_t c : input) {
      if (c >= n && c < m) m = c;
    }
    if ((m - n) > (UINT32_MAX - delta) / (handled + 1)) return false;
    delta += (m - n) * (handled + 1);
    n = m;
    for (char32_t c : input) {
      if (c < n && ++delta == 0) return false;
      if (c == n) {
        uint32_t q = delta;
        for (uint32_t k = kBase;; k += kBase) {
          uint32_t t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
          if (q < t) break;
          output->push_back(EncodeDigit(t + (q - t) % (kBase - t)));
          q = (q - t) / (kBase - t);
        }
        output->push_back(EncodeDigit(q));
        bias = Adapt(delta, handled + 1, handled == basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return true;
}

std::optional<std::string> ToAscii(std::string_view domain) {
  bool error = false;
  std::vector<std::u32string> labels = Process(domain, &error);
  if (error) return std::nullopt;
  std::string out;
  for (size_t i = 0; i < labels.size(); i++) {
    if (i > 0) out.push_back('.');
    if (IsAscii(labels[i])) {
      for (char32_t c : labels[i]) out.push_back(static_cast<char>(c));
    } else {
      std::string encoded;
      if (!PunycodeEncode(labels[i], &encoded)) return std::nullopt;
      out += "xn--";
      out += encoded;
    }
  }
  return out;
}

std::string ToUnicode(std::string_view domain, bool* error) {
  std::vector<std::u32string> labels = Process(domain, error);
  std::string out;
  for (size_t i = 0; i < labels.size(); i++) {
    if (i > 0) out.push_back('.');
    for (char32_t c : labels[i]) AppendUtf8(c, &out);
  }
  return out;
}

}  // namespace kiln::idna
