#include "io/output/internal/table_reader.hpp"

#include <algorithm>

#include "io/h5/attribute.hpp"
#include "io/h5/error.hpp"
#include "io/h5/handle.hpp"
#include "io/output/column.hpp"
#include "io/output/internal/h5_types.hpp"

namespace attachsim::io::internal {
namespace {

constexpr std::uint64_t kBlockRows = 1 << 20;  // read columns a million rows at a time

// The names of the links in a group: in creation order where the group tracks it.
std::vector<std::string> link_names(hid_t group, const std::string& path) {
  std::vector<std::string> names;
  const auto add = [](hid_t, const char* name, const H5L_info_t*, void* out) -> herr_t {
    static_cast<std::vector<std::string>*>(out)->emplace_back(name);
    return 0;
  };
  h5::PropList creation(h5::check_id(H5Gget_create_plist(group), "H5Gget_create_plist", path));
  unsigned order = 0;
  h5::check(H5Pget_link_creation_order(creation.get(), &order), "H5Pget_link_creation_order", path);
  const H5_index_t index =
      (order & H5P_CRT_ORDER_INDEXED) != 0 ? H5_INDEX_CRT_ORDER : H5_INDEX_NAME;
  h5::check(H5Literate(group, index, H5_ITER_INC, nullptr, add, &names), "H5Literate", path);
  return names;
}

std::string optional_attribute(hid_t object, std::string_view name) {
  return h5::has_attribute(object, name) ? h5::read_attribute_text(object, name) : "";
}

std::optional<ColumnInfo> column_info(hid_t group, const std::string& name,
                                      const std::string& path) {
  const h5::Dataset dataset(
      h5::check_id(H5Dopen2(group, name.c_str(), H5P_DEFAULT), "H5Dopen2", path));
  const h5::Dataspace space(h5::check_id(H5Dget_space(dataset.get()), "H5Dget_space", path));
  if (H5Sget_simple_extent_ndims(space.get()) != 1) return std::nullopt;
  hsize_t rows = 0;
  h5::check(H5Sget_simple_extent_dims(space.get(), &rows, nullptr), "H5Sget_simple_extent_dims",
            path);
  const h5::Datatype type(h5::check_id(H5Dget_type(dataset.get()), "H5Dget_type", path));
  const auto known = column_type_of_h5(type.get());
  ColumnInfo info{.name = name,
                  .type = known ? std::string(column_type_name(*known))
                                : (H5Tget_class(type.get()) == H5T_STRING ? "string" : "other"),
                  .integer = H5Tget_class(type.get()) == H5T_INTEGER,
                  .rows = rows};
  info.unit = optional_attribute(dataset.get(), "unit");
  info.description = optional_attribute(dataset.get(), "description");
  info.codes = optional_attribute(dataset.get(), "codes");
  return info;
}

void visit_group(hid_t group, const std::string& path, std::vector<TableInfo>& tables) {
  TableInfo table{.path = path.empty() ? "/" : path};
  for (const auto& name : link_names(group, table.path)) {
    const std::string child = path + "/" + name;
    H5O_info_t object;
    h5::check(H5Oget_info_by_name2(group, name.c_str(), &object, H5O_INFO_BASIC, H5P_DEFAULT),
              "H5Oget_info_by_name2", child);
    if (object.type == H5O_TYPE_GROUP) {
      const h5::Group inner(
          h5::check_id(H5Gopen2(group, name.c_str(), H5P_DEFAULT), "H5Gopen2", child));
      visit_group(inner.get(), child, tables);
    } else if (object.type == H5O_TYPE_DATASET) {
      if (auto column = column_info(group, name, child)) table.columns.push_back(*column);
    }
  }
  if (table.columns.empty()) return;
  table.rows = std::min_element(table.columns.begin(), table.columns.end(),
                                [](const auto& x, const auto& y) { return x.rows < y.rows; })
                   ->rows;
  tables.push_back(std::move(table));
}

std::vector<std::int64_t> read_block(hid_t dataset, hsize_t first, hsize_t count,
                                     const std::string& path) {
  std::vector<std::int64_t> values(count);
  const h5::Dataspace file_space(h5::check_id(H5Dget_space(dataset), "H5Dget_space", path));
  h5::check(H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, &first, nullptr, &count, nullptr),
            "H5Sselect_hyperslab", path);
  const h5::Dataspace memory(
      h5::check_id(H5Screate_simple(1, &count, nullptr), "H5Screate_simple", path));
  h5::check(H5Dread(dataset, H5T_NATIVE_INT64, memory.get(), file_space.get(), H5P_DEFAULT,
                    values.data()),
            "H5Dread", path);
  return values;
}

}  // namespace

std::vector<TableInfo> list_tables(hid_t file) {
  std::vector<TableInfo> tables;
  const h5::Group root(h5::check_id(H5Gopen2(file, "/", H5P_DEFAULT), "H5Gopen2", "/"));
  visit_group(root.get(), "", tables);
  std::sort(tables.begin(), tables.end(),
            [](const auto& x, const auto& y) { return x.path < y.path; });
  return tables;
}

std::map<std::pair<std::int64_t, std::int64_t>, std::uint64_t> count_pairs(
    hid_t file, const std::string& table, const std::optional<std::string>& a, const std::string& b,
    std::uint64_t rows) {
  const auto open = [&](const std::string& column) {
    const std::string path = table + "/" + column;
    return h5::Dataset(h5::check_id(H5Dopen2(file, path.c_str(), H5P_DEFAULT), "H5Dopen2", path));
  };
  const h5::Dataset second = open(b);
  const h5::Dataset first = a ? open(*a) : h5::Dataset();
  std::map<std::pair<std::int64_t, std::int64_t>, std::uint64_t> counts;
  for (std::uint64_t start = 0; start < rows; start += kBlockRows) {
    const hsize_t count = std::min(kBlockRows, rows - start);
    const auto bs = read_block(second.get(), start, count, table + "/" + b);
    const auto as = a ? read_block(first.get(), start, count, table + "/" + *a)
                      : std::vector<std::int64_t>(count, 0);
    for (std::size_t i = 0; i < count; ++i)
      ++counts[{as[i], bs[i]}];
  }
  return counts;
}

}  // namespace attachsim::io::internal
