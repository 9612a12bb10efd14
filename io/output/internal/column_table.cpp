#include "io/output/internal/column_table.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <set>
#include <type_traits>

#include "io/h5/attribute.hpp"
#include "io/h5/error.hpp"
#include "io/h5/path.hpp"
#include "io/output/internal/file_state.hpp"
#include "io/output/internal/h5_types.hpp"
#include "io/output/internal/parallel.hpp"

namespace attachsim::io::internal {
namespace {

static_assert(std::is_same_v<hid_t, std::int64_t>, "column_table.hpp spells hid_t as int64");

void check_names(const std::string& path, const std::vector<ColumnSpec>& columns) {
  if (path.size() < 2 || path.front() != '/' || path.back() == '/')
    throw OutputError("table path '" + path + "' must look like /name");
  if (columns.empty()) throw OutputError("table " + path + " has no columns");
  std::set<std::string> seen;
  for (const auto& column : columns) {
    if (column.name.empty() || column.name.find_first_of("/.") != std::string::npos)
      throw OutputError("table " + path + ": bad column name '" + column.name + "'");
    if (!seen.insert(column.name).second)
      throw OutputError("table " + path + ": column '" + column.name + "' declared twice");
  }
}

h5::Group create_group(hid_t file, const std::string& path) {
  h5::PropList links(h5::check_id(H5Pcreate(H5P_LINK_CREATE), "H5Pcreate", path));
  h5::check(H5Pset_create_intermediate_group(links.get(), 1), "H5Pset_create_intermediate_group",
            path);
  // Columns keep their declared order for readers (h5py lists links in creation order).
  h5::PropList group(h5::check_id(H5Pcreate(H5P_GROUP_CREATE), "H5Pcreate", path));
  h5::check(H5Pset_link_creation_order(group.get(), H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED),
            "H5Pset_link_creation_order", path);
  return h5::Group(h5::check_id(
      H5Gcreate2(file, path.c_str(), links.get(), group.get(), H5P_DEFAULT), "H5Gcreate2", path));
}

h5::PropList dataset_creation(const TableOptions& options, const std::string& path) {
  h5::PropList properties(h5::check_id(H5Pcreate(H5P_DATASET_CREATE), "H5Pcreate", path));
  const hsize_t chunk = std::max<std::uint64_t>(options.chunk_rows, 1);
  h5::check(H5Pset_chunk(properties.get(), 1, &chunk), "H5Pset_chunk", path);
  if (options.deflate_level > 0) {
    h5::check(H5Pset_shuffle(properties.get()), "H5Pset_shuffle", path);
    h5::check(H5Pset_deflate(properties.get(), std::min(options.deflate_level, 9u)),
              "H5Pset_deflate", path);
  }
  return properties;
}

}  // namespace

ColumnTable::ColumnTable(OutputFile& file, std::string path, std::vector<ColumnSpec> columns,
                         const TableOptions& options)
    : state_(file.state_), path_(std::move(path)), columns_(std::move(columns)) {
  check_names(path_, columns_);
  state_->require_open("open table " + path_);
  first_dataset_ = state_->datasets.size();
  const hid_t handle = state_->file.get();
  if (h5::path_exists(handle, path_)) {
    h5::Group group(h5::check_id(H5Gopen2(handle, path_.c_str(), H5P_DEFAULT), "H5Gopen2", path_));
    open_columns(group.get());
  } else {
    create_columns(create_group(handle, path_).get(), options);
  }
}

void ColumnTable::open_columns(std::int64_t group) {
  H5G_info_t info;
  h5::check(H5Gget_info(group, &info), "H5Gget_info", path_);
  const auto mismatch = [&](const std::string& what) {
    return OutputError("table " + path_ + " in " + state_->partial_path.string() +
                       " does not match this run: " + what);
  };
  if (info.nlinks != columns_.size())
    throw mismatch("it has " + std::to_string(info.nlinks) + " columns, this run writes " +
                   std::to_string(columns_.size()));
  rows_ = std::numeric_limits<std::uint64_t>::max();
  for (const auto& column : columns_) {
    const std::string where = path_ + "/" + column.name;
    if (h5::check(H5Lexists(group, column.name.c_str(), H5P_DEFAULT), "H5Lexists", where) <= 0)
      throw mismatch("it has no column '" + column.name + "'");
    h5::Dataset dataset(
        h5::check_id(H5Dopen2(group, column.name.c_str(), H5P_DEFAULT), "H5Dopen2", where));
    const h5::Datatype type(h5::check_id(H5Dget_type(dataset.get()), "H5Dget_type", where));
    if (column_type_of_h5(type.get()) != column.type)
      throw mismatch("column '" + column.name + "' is not of type " +
                     std::string(column_type_name(column.type)));
    const h5::Dataspace space(h5::check_id(H5Dget_space(dataset.get()), "H5Dget_space", where));
    hsize_t length = 0;
    h5::check(H5Sget_simple_extent_dims(space.get(), &length, nullptr), "H5Sget_simple_extent_dims",
              where);
    // After a crash in the middle of an append some columns may be longer; the shortest counts.
    rows_ = std::min<std::uint64_t>(rows_, length);
    state_->datasets.push_back(std::move(dataset));
  }
}

void ColumnTable::create_columns(std::int64_t group, const TableOptions& options) {
  const hsize_t empty = 0;
  const hsize_t unlimited = H5S_UNLIMITED;
  const h5::Dataspace space(
      h5::check_id(H5Screate_simple(1, &empty, &unlimited), "H5Screate_simple", path_));
  const h5::PropList creation = dataset_creation(options, path_);
  for (const auto& column : columns_) {
    const std::string where = path_ + "/" + column.name;
    h5::Dataset dataset(
        h5::check_id(H5Dcreate2(group, column.name.c_str(), file_type(column.type), space.get(),
                                H5P_DEFAULT, creation.get(), H5P_DEFAULT),
                     "H5Dcreate2", where));
    h5::write_attribute(dataset.get(), "unit", column.unit);
    h5::write_attribute(dataset.get(), "description", column.description);
    if (!column.codes.empty()) h5::write_attribute(dataset.get(), "codes", column.codes);
    state_->datasets.push_back(std::move(dataset));
  }
}

std::int64_t ColumnTable::dataset(std::size_t column) const {
  return state_->datasets[first_dataset_ + column].get();
}

void ColumnTable::set_extent(std::size_t column, std::uint64_t rows) {
  const hsize_t extent = rows;
  h5::check(H5Dset_extent(dataset(column), &extent), "H5Dset_extent",
            path_ + "/" + columns_[column].name);
}

std::uint64_t ColumnTable::chunk_rows(std::size_t column) const {
  const std::string where = path_ + "/" + columns_[column].name;
  const h5::PropList creation(
      h5::check_id(H5Dget_create_plist(dataset(column)), "H5Dget_create_plist", where));
  hsize_t chunk = 0;
  h5::check(H5Pget_chunk(creation.get(), 1, &chunk), "H5Pget_chunk", where);
  return chunk;
}

void ColumnTable::transfer_rows(std::size_t column, std::uint64_t first, std::uint64_t count,
                                void* buffer, Direction direction) {
  const std::string where = path_ + "/" + columns_[column].name;
  // A rank without rows still joins the collective transfer, with empty selections.
  const hsize_t offset = first;
  const hsize_t length = count;
  const hsize_t memory_length = std::max<hsize_t>(length, 1);
  const h5::Dataspace memory(
      h5::check_id(H5Screate_simple(1, &memory_length, nullptr), "H5Screate_simple", where));
  const h5::Dataspace file_space(
      h5::check_id(H5Dget_space(dataset(column)), "H5Dget_space", where));
  if (length > 0) {
    h5::check(
        H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, &offset, nullptr, &length, nullptr),
        "H5Sselect_hyperslab", where);
  } else {
    h5::check(H5Sselect_none(memory.get()), "H5Sselect_none", where);
    h5::check(H5Sselect_none(file_space.get()), "H5Sselect_none", where);
  }
  const hid_t type = memory_type(columns_[column].type);
  if (direction == Direction::write) {
    h5::check(H5Dwrite(dataset(column), type, memory.get(), file_space.get(),
                       state_->transfer.get(), buffer),
              "H5Dwrite", where);
  } else {
    h5::check(H5Dread(dataset(column), type, memory.get(), file_space.get(), state_->transfer.get(),
                      buffer),
              "H5Dread", where);
  }
}

void ColumnTable::append(std::uint64_t local_rows,
                         const std::function<void(std::size_t, void*)>& fill) {
  state_->require_open("append to table " + path_);
  sim::Communicator& comm = *state_->comm;
  const std::vector<std::uint64_t> counts = gather_counts(comm, local_rows);
  const auto rank = static_cast<std::ptrdiff_t>(comm.rank());
  const std::uint64_t first =
      rows_ + std::accumulate(counts.begin(), counts.begin() + rank, std::uint64_t{0});
  const std::uint64_t total =
      rows_ + std::accumulate(counts.begin(), counts.end(), std::uint64_t{0});
  if (total == rows_) return;  // nobody has rows: nothing to do, on every rank alike
  std::size_t widest = 1;
  for (const auto& column : columns_)
    widest = std::max(widest, H5Tget_size(memory_type(column.type)));
  std::vector<std::byte> buffer(std::max<std::uint64_t>(local_rows, 1) * widest);
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    set_extent(c, total);
    if (local_rows > 0) fill(c, buffer.data());
    transfer_rows(c, first, local_rows, buffer.data(), Direction::write);
  }
  rows_ = total;
}

void ColumnTable::truncate(std::uint64_t rows) {
  state_->require_open("truncate table " + path_);
  if (rows > rows_)
    throw OutputError("cannot truncate table " + path_ + " to " + std::to_string(rows) +
                      " rows: it has only " + std::to_string(rows_));
  // Cutting a compressed dataset inside a chunk makes HDF5 rewrite that chunk, which parallel
  // HDF5 1.10.8 gets wrong (ranks read it while one rewrites it, or the rewrite lands after the
  // next append; found by tests/io/output/compare_ranks.py). So each column is cut at a chunk
  // boundary, which only drops whole chunks, and the kept rows of the cut chunk are written back.
  const bool writer = state_->comm->rank() == 0;
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    const std::uint64_t boundary = rows / chunk_rows(c) * chunk_rows(c);
    const std::uint64_t kept = rows - boundary;
    std::vector<std::byte> buffer(std::max<std::uint64_t>(kept, 1) * sizeof(std::uint64_t));
    transfer_rows(c, boundary, kept, buffer.data(), Direction::read);
    set_extent(c, boundary);
    set_extent(c, rows);
    transfer_rows(c, boundary, writer ? kept : 0, buffer.data(), Direction::write);
  }
  rows_ = rows;
}

}  // namespace attachsim::io::internal
