// What an OutputFile and its tables share: the open file, how to transfer data, and every
// dataset the tables hold open, so that commit() can close them all. Not API.
//
//   auto state = std::make_shared<FileState>(comm, parallel, partial, final_path);
#pragma once

#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "io/h5/handle.hpp"
#include "sim/engine/communicator.hpp"

namespace attachsim::io::internal {

/// The shared state of one open output file.
struct FileState {
  sim::Communicator* comm = nullptr;     ///< the ranks writing the file
  bool parallel = false;                 ///< true: MPI-IO with collective transfers
  std::filesystem::path partial_path{};  ///< where the file is while being written
  std::filesystem::path final_path{};    ///< where commit() moves it
  h5::File file{};                       ///< the open file; empty after commit or close
  h5::PropList transfer{};               ///< dataset transfer properties (collective under MPI)
  std::vector<h5::Dataset> datasets{};   ///< datasets the tables opened, closed with the file

  /// Throws OutputError saying `action` is impossible because the file was committed or closed.
  void require_open(std::string_view action) const;
  /// Closes every dataset, then the file (collective); throws H5Error when HDF5 fails.
  void close();
};

}  // namespace attachsim::io::internal
