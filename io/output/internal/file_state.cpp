#include "io/output/internal/file_state.hpp"

#include <string>

#include "io/output/output_error.hpp"

namespace attachsim::io::internal {

void FileState::require_open(std::string_view action) const {
  if (!file.valid())
    throw OutputError("cannot " + std::string(action) + ": the output file " +
                      partial_path.string() + " was already committed or closed");
}

void FileState::close() {
  const std::string path = partial_path.string();
  for (auto& dataset : datasets)
    dataset.close(path);
  datasets.clear();
  transfer.close(path);
  file.close(path);
}

}  // namespace attachsim::io::internal
