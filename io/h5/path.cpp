#include "io/h5/path.hpp"

#include "io/h5/error.hpp"

namespace attachsim::io::h5 {

bool path_exists(hid_t file, const std::string& path) {
  for (std::size_t slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
    const std::string prefix = path.substr(0, slash);
    if (check(H5Lexists(file, prefix.c_str(), H5P_DEFAULT), "H5Lexists", prefix) <= 0) return false;
    if (slash == std::string::npos) return true;
  }
}

}  // namespace attachsim::io::h5
