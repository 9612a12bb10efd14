#include "io/output/file_reader.hpp"

#include <system_error>

#include "io/h5/attribute.hpp"
#include "io/h5/error.hpp"
#include "io/h5/handle.hpp"
#include "io/h5/path.hpp"
#include "io/output/internal/h5_types.hpp"

namespace attachsim::io {

struct FileReader::Handle {
  h5::File file;
};

namespace {

// An open 1-D dataset and its length.
struct Opened {
  h5::Dataset dataset;
  hsize_t length = 0;
};

Opened open_1d(hid_t file, const std::filesystem::path& name, const std::string& path) {
  if (path.size() < 2 || path.front() != '/' || !h5::path_exists(file, path))
    throw OutputError(name.string() + " has no dataset " + path);
  H5O_info_t object;
  h5::check(H5Oget_info_by_name2(file, path.c_str(), &object, H5O_INFO_BASIC, H5P_DEFAULT),
            "H5Oget_info_by_name2", path);
  if (object.type != H5O_TYPE_DATASET)
    throw OutputError(path + " in " + name.string() + " is not a dataset");
  Opened out{
      h5::Dataset(h5::check_id(H5Dopen2(file, path.c_str(), H5P_DEFAULT), "H5Dopen2", path))};
  const h5::Dataspace space(h5::check_id(H5Dget_space(out.dataset.get()), "H5Dget_space", path));
  if (H5Sget_simple_extent_ndims(space.get()) != 1)
    throw OutputError("dataset " + path + " of " + name.string() + " is not one-dimensional");
  h5::check(H5Sget_simple_extent_dims(space.get(), &out.length, nullptr),
            "H5Sget_simple_extent_dims", path);
  return out;
}

}  // namespace

h5::File open_for_reading(const std::filesystem::path& path) {
  h5::quiet_error_stack();
  const std::string name = path.string();
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    const bool absent = !error || error == std::errc::no_such_file_or_directory;
    throw OutputError("cannot read " + name + ": " + (absent ? "no such file" : error.message()));
  }
  if (H5Fis_hdf5(name.c_str()) <= 0)
    throw OutputError("cannot read " + name + ": not an HDF5 file");
  return h5::File(
      h5::check_id(H5Fopen(name.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), "H5Fopen", name));
}

FileReader::FileReader(const std::filesystem::path& path)
    : path_(path), file_(std::make_unique<Handle>(open_for_reading(path))) {}

FileReader::~FileReader() = default;
FileReader::FileReader(FileReader&&) noexcept = default;
FileReader& FileReader::operator=(FileReader&&) noexcept = default;

bool FileReader::has_attribute(std::string_view name) const {
  return h5::has_attribute(file_->file.get(), name);
}

std::string FileReader::attribute(std::string_view name) const {
  if (!has_attribute(name))
    throw OutputError(path_.string() + " has no attribute '" + std::string(name) + "'");
  return h5::read_attribute_text(file_->file.get(), name);
}

std::uint64_t FileReader::length(const std::string& dataset) const {
  return open_1d(file_->file.get(), path_, dataset).length;
}

void FileReader::read_values(const std::string& dataset, ColumnType type, std::uint64_t first,
                             std::uint64_t count, void* out) const {
  const Opened opened = open_1d(file_->file.get(), path_, dataset);
  if (first > opened.length || count > opened.length - first)
    throw OutputError("cannot read values " + std::to_string(first) + " to " +
                      std::to_string(first + count) + " of " + dataset + " in " + path_.string() +
                      ": it has " + std::to_string(opened.length));
  if (count == 0) return;
  const hsize_t offset = first;
  const hsize_t length = count;
  const h5::Dataspace file_space(
      h5::check_id(H5Dget_space(opened.dataset.get()), "H5Dget_space", dataset));
  h5::check(
      H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, &offset, nullptr, &length, nullptr),
      "H5Sselect_hyperslab", dataset);
  const h5::Dataspace memory(
      h5::check_id(H5Screate_simple(1, &length, nullptr), "H5Screate_simple", dataset));
  h5::check(H5Dread(opened.dataset.get(), internal::memory_type(type), memory.get(),
                    file_space.get(), H5P_DEFAULT, out),
            "H5Dread", dataset);
}

}  // namespace attachsim::io
