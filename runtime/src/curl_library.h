// libcurl, loaded on first use rather than linked: libcurl.so.4 and the ~25 libraries it
// pulls in (GnuTLS, Kerberos, LDAP, libssh2, librtmp…) would otherwise be mapped, relocated
// and initialised by every process at start-up, and only fetch needs them.
//
// curl_library.cc defines the libcurl functions Kiln calls, each forwarding to the function
// of the same name in the loaded library, so the code using them reads as plain libcurl code.
// Call LoadCurlLibrary() before any of them.
#ifndef KILN_RUNTIME_SRC_CURL_LIBRARY_H_
#define KILN_RUNTIME_SRC_CURL_LIBRARY_H_

#include <string>

namespace kiln::curl {

// Loads libcurl.so.4 once per process. False, with the dynamic linker's reason, when it cannot.
bool LoadCurlLibrary(std::string* error);

}  // namespace kiln::curl

#endif  // KILN_RUNTIME_SRC_CURL_LIBRARY_H_
