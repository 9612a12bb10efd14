#include "io/h5/error.hpp"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace attachsim::io::h5 {
namespace {

constexpr std::size_t kStackEntries = 3;  // the innermost entries say what actually went wrong

// Collects each entry's description (its minor message where it has none), on one line.
herr_t collect(unsigned /*depth*/, const H5E_error2_t* entry, void* out) {
  auto& descriptions = *static_cast<std::vector<std::string>*>(out);
  std::string text = entry->desc != nullptr ? entry->desc : "";
  if (text.empty()) {
    char minor[256] = "";
    if (H5Eget_msg(entry->min_num, nullptr, minor, sizeof minor) > 0) text = minor;
  }
  std::replace(text.begin(), text.end(), '\n', ' ');
  if (!text.empty() && (descriptions.empty() || descriptions.back() != text))
    descriptions.push_back(std::move(text));
  return 0;
}

// The innermost entries of the calling thread's HDF5 error stack (walked from the API call down
// to where it failed), which is then cleared.
std::string error_stack_text() {
  std::vector<std::string> descriptions;
  H5Ewalk2(H5E_DEFAULT, H5E_WALK_DOWNWARD, collect, &descriptions);
  H5Eclear2(H5E_DEFAULT);
  std::string text;
  const std::size_t first =
      descriptions.size() > kStackEntries ? descriptions.size() - kStackEntries : 0;
  for (std::size_t i = first; i < descriptions.size(); ++i)
    text += (text.empty() ? "" : "; ") + descriptions[i];
  return text.empty() ? "no details from HDF5" : text;
}

[[noreturn]] void fail(std::string_view call, std::string_view path, std::source_location where) {
  std::string message = "HDF5 call ";
  message += call;
  message += " failed for '";
  message += path;
  message += "' (";
  message += std::filesystem::path(where.file_name()).filename().string();
  message += ':';
  message += std::to_string(where.line());
  message += "): ";
  message += error_stack_text();
  throw H5Error(message);
}

}  // namespace

void quiet_error_stack() {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
}

hid_t check_id(hid_t id, std::string_view call, std::string_view path, std::source_location where) {
  if (id < 0) fail(call, path, where);
  return id;
}

int check(int status, std::string_view call, std::string_view path, std::source_location where) {
  if (status < 0) fail(call, path, where);
  return status;
}

}  // namespace attachsim::io::h5
