// bind_local_symbols IN.so OUT.so [EXECUTABLE...]
//
// Writes a copy of a shared library in which every relocation against a symbol the library
// itself defines is pre-bound as a relative relocation: what linking the library with
// -Bsymbolic does. Debian's libnode.so has ~60,000 such relocations and is linked -z now, so
// the dynamic linker otherwise hashes and looks up ~60,000 long C++ names before main() runs
// (a third of a hello-world's start-up). Binding is still immediate and full RELRO is kept.
//
// A symbol stays a lookup when the result could differ from the library's own definition:
// - an executable named on the command line defines it (it interposes on the library, e.g. a
//   copy relocation of a data object or a template instance the executable exports);
// - it is STB_GNU_UNIQUE (the process-wide instance is chosen at run time), an IFUNC, TLS, or
//   absolute.
// Libraries loaded after this one cannot interpose on it, so for everything else the lookup
// would have found this library's definition anyway.
#include <elf.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

struct ElfFile {
  std::vector<unsigned char> bytes;

  template <typename T>
  const T* At(uint64_t offset, uint64_t count = 1) const {
    if (offset > bytes.size() || count > (bytes.size() - offset) / sizeof(T)) {
      return nullptr;
    }
    return reinterpret_cast<const T*>(bytes.data() + offset);
  }
  template <typename T>
  T* MutableAt(uint64_t offset, uint64_t count = 1) {
    return const_cast<T*>(At<T>(offset, count));
  }
  const Elf64_Ehdr* Header() const { return At<Elf64_Ehdr>(0); }
};

std::optional<ElfFile> ReadElf(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot open " + path;
    return std::nullopt;
  }
  ElfFile file{std::vector<unsigned char>(std::istreambuf_iterator<char>(in), {})};
  const Elf64_Ehdr* header = file.Header();
  if (header == nullptr || std::memcmp(header->e_ident, ELFMAG, SELFMAG) != 0 ||
      header->e_ident[EI_CLASS] != ELFCLASS64 || header->e_ident[EI_DATA] != ELFDATA2LSB ||
      header->e_machine != EM_X86_64 || header->e_shentsize != sizeof(Elf64_Shdr) ||
      header->e_phentsize != sizeof(Elf64_Phdr)) {
    *error = path + " is not an x86-64 ELF64 file";
    return std::nullopt;
  }
  return file;
}

std::span<const Elf64_Shdr> Sections(const ElfFile& file) {
  const Elf64_Ehdr* header = file.Header();
  const auto* sections = file.At<Elf64_Shdr>(header->e_shoff, header->e_shnum);
  if (sections == nullptr) {
    return {};
  }
  return {sections, header->e_shnum};
}

// The dynamic symbol table and its names, from the section headers.
struct DynamicSymbols {
  std::span<const Elf64_Sym> symbols;
  std::string_view names;

  std::string_view Name(const Elf64_Sym& symbol) const {
    if (symbol.st_name >= names.size()) {
      return {};
    }
    std::string_view rest = names.substr(symbol.st_name);
    return rest.substr(0, rest.find('\0'));
  }
};

std::optional<DynamicSymbols> FindDynamicSymbols(const ElfFile& file) {
  std::span<const Elf64_Shdr> sections = Sections(file);
  for (const Elf64_Shdr& section : sections) {
    if (section.sh_type != SHT_DYNSYM || section.sh_link >= sections.size()) {
      continue;
    }
    const Elf64_Shdr& strings = sections[section.sh_link];
    const uint64_t count = section.sh_size / sizeof(Elf64_Sym);
    const auto* symbols = file.At<Elf64_Sym>(section.sh_offset, count);
    const auto* names = file.At<char>(strings.sh_offset, strings.sh_size);
    if (symbols == nullptr || names == nullptr) {
      return std::nullopt;
    }
    return DynamicSymbols{{symbols, count}, {names, strings.sh_size}};
  }
  return std::nullopt;
}

std::optional<uint64_t> FileOffsetOf(const ElfFile& file, uint64_t address) {
  const Elf64_Ehdr* header = file.Header();
  const auto* segments = file.At<Elf64_Phdr>(header->e_phoff, header->e_phnum);
  if (segments == nullptr) {
    return std::nullopt;
  }
  for (const Elf64_Phdr& segment : std::span(segments, header->e_phnum)) {
    if (segment.p_type == PT_LOAD && address >= segment.p_vaddr &&
        address - segment.p_vaddr < segment.p_filesz) {
      return segment.p_offset + (address - segment.p_vaddr);
    }
  }
  return std::nullopt;
}

// The relocation tables the dynamic linker processes: DT_RELA and DT_JMPREL.
std::vector<std::span<Elf64_Rela>> RelocationTables(ElfFile& file, std::string* error) {
  const Elf64_Ehdr* header = file.Header();
  const auto* segments = file.At<Elf64_Phdr>(header->e_phoff, header->e_phnum);
  if (segments == nullptr) {
    return {};
  }
  for (const Elf64_Phdr& segment : std::span(segments, header->e_phnum)) {
    if (segment.p_type != PT_DYNAMIC) {
      continue;
    }
    const auto* entries =
        file.At<Elf64_Dyn>(segment.p_offset, segment.p_filesz / sizeof(Elf64_Dyn));
    if (entries == nullptr) {
      break;
    }
    uint64_t rela = 0, rela_size = 0, jmprel = 0, jmprel_size = 0, plt_kind = DT_RELA;
    for (const Elf64_Dyn& entry : std::span(entries, segment.p_filesz / sizeof(Elf64_Dyn))) {
      if (entry.d_tag == DT_NULL) {
        break;
      }
      if (entry.d_tag == DT_RELA) {
        rela = entry.d_un.d_ptr;
      }
      if (entry.d_tag == DT_RELASZ) {
        rela_size = entry.d_un.d_val;
      }
      if (entry.d_tag == DT_JMPREL) {
        jmprel = entry.d_un.d_ptr;
      }
      if (entry.d_tag == DT_PLTRELSZ) {
        jmprel_size = entry.d_un.d_val;
      }
      if (entry.d_tag == DT_PLTREL) {
        plt_kind = entry.d_un.d_val;
      }
      if (entry.d_tag == DT_RELAENT && entry.d_un.d_val != sizeof(Elf64_Rela)) {
        *error = "unexpected DT_RELAENT";
        return {};
      }
    }
    if (plt_kind != DT_RELA) {
      *error = "PLT relocations are not RELA";
      return {};
    }
    std::vector<std::span<Elf64_Rela>> tables;
    for (auto [address, size] : {std::pair{rela, rela_size}, std::pair{jmprel, jmprel_size}}) {
      if (size == 0) {
        continue;
      }
      std::optional<uint64_t> offset = FileOffsetOf(file, address);
      const uint64_t count = size / sizeof(Elf64_Rela);
      Elf64_Rela* table = offset ? file.MutableAt<Elf64_Rela>(*offset, count) : nullptr;
      if (table == nullptr) {
        *error = "relocation table outside the file";
        return {};
      }
      tables.emplace_back(table, count);
    }
    return tables;
  }
  *error = "no dynamic segment";
  return {};
}

std::unordered_set<std::string> DefinedNames(const ElfFile& file) {
  std::unordered_set<std::string> names;
  if (std::optional<DynamicSymbols> symbols = FindDynamicSymbols(file)) {
    for (const Elf64_Sym& symbol : symbols->symbols) {
      if (symbol.st_shndx != SHN_UNDEF) {
        names.emplace(symbols->Name(symbol));
      }
    }
  }
  return names;
}

bool CanBindLocally(const Elf64_Sym& symbol) {
  if (symbol.st_shndx == SHN_UNDEF || symbol.st_shndx == SHN_ABS || symbol.st_shndx == SHN_COMMON) {
    return false;
  }
  const int binding = ELF64_ST_BIND(symbol.st_info);
  const int type = ELF64_ST_TYPE(symbol.st_info);
  const int visibility = ELF64_ST_VISIBILITY(symbol.st_other);
  return (binding == STB_GLOBAL || binding == STB_WEAK) &&
         (type == STT_FUNC || type == STT_OBJECT) &&
         (visibility == STV_DEFAULT || visibility == STV_PROTECTED);
}

bool WriteAtomically(const std::string& path, const std::vector<unsigned char>& bytes) {
  // A new file renamed into place: a running process keeps its mapping of the old one.
  const std::string temporary = path + ".tmp";
  const int fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return false;
  }
  bool written = true;
  for (size_t offset = 0; written && offset < bytes.size();) {
    const ssize_t count = write(fd, bytes.data() + offset, bytes.size() - offset);
    if (count < 0 && errno == EINTR) {
      continue;
    }
    written = count > 0;
    offset += written ? static_cast<size_t>(count) : 0;
  }
  written = close(fd) == 0 && written;
  return written && std::rename(temporary.c_str(), path.c_str()) == 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: bind_local_symbols IN.so OUT.so [EXECUTABLE...]\n";
    return 2;
  }
  std::string error;
  std::optional<ElfFile> library = ReadElf(argv[1], &error);
  if (!library || library->Header()->e_type != ET_DYN) {
    std::cerr << "bind_local_symbols: " << (error.empty() ? "not a shared library" : error) << "\n";
    return 1;
  }
  std::unordered_set<std::string> interposed;
  for (int i = 3; i < argc; i++) {
    std::optional<ElfFile> executable = ReadElf(argv[i], &error);
    if (!executable) {
      std::cerr << "bind_local_symbols: " << error << "\n";
      return 1;
    }
    interposed.merge(DefinedNames(*executable));
  }
  std::optional<DynamicSymbols> symbols = FindDynamicSymbols(*library);
  if (!symbols) {
    std::cerr << "bind_local_symbols: no dynamic symbol table in " << argv[1] << "\n";
    return 1;
  }
  std::vector<std::span<Elf64_Rela>> tables = RelocationTables(*library, &error);
  if (!error.empty()) {
    std::cerr << "bind_local_symbols: " << argv[1] << ": " << error << "\n";
    return 1;
  }
  std::span<const Elf64_Sym> symbol_table = symbols->symbols;
  for (std::span<Elf64_Rela> table : tables) {
    for (Elf64_Rela& relocation : table) {
      const uint64_t type = ELF64_R_TYPE(relocation.r_info);
      const uint64_t index = ELF64_R_SYM(relocation.r_info);
      if (type != R_X86_64_64 && type != R_X86_64_GLOB_DAT && type != R_X86_64_JUMP_SLOT) {
        continue;
      }
      if (index == 0 || index >= symbol_table.size()) {
        continue;
      }
      const Elf64_Sym& symbol = symbol_table[index];
      if (!CanBindLocally(symbol)) {
        continue;
      }
      if (interposed.contains(std::string(symbols->Name(symbol)))) {
        continue;
      }
      // R_X86_64_64 is S + A; GLOB_DAT and JUMP_SLOT are S. RELATIVE is B + A.
      const int64_t addend =
          static_cast<int64_t>(symbol.st_value) + (type == R_X86_64_64 ? relocation.r_addend : 0);
      relocation.r_info = ELF64_R_INFO(0, R_X86_64_RELATIVE);
      relocation.r_addend = addend;
    }
  }
  if (!WriteAtomically(argv[2], library->bytes)) {
    std::cerr << "bind_local_symbols: cannot write " << argv[2] << "\n";
    return 1;
  }
  return 0;
}
