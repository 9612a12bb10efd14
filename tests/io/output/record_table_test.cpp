#include "io/output/record_table.hpp"

#include <numeric>

#include <gtest/gtest.h>

#include "io/h5/attribute.hpp"
#include "io/h5/handle.hpp"
#include "io/output/output_file.hpp"
#include "tests/io/output/all_types_row.hpp"
#include "tests/io/output/read_back.hpp"
#include "tests/io/temp_dir.hpp"

namespace attachsim::io {
namespace {

using testing::all_types_row;
using testing::AllTypes;
using testing::read_back;
using testing::TempDir;

std::vector<AllTypes> rows_between(std::uint64_t first, std::uint64_t last) {
  std::vector<AllTypes> rows;
  for (std::uint64_t i = first; i < last; ++i)
    rows.push_back(all_types_row(i));
  return rows;
}

// Writes rows [0, n) to /all in appends of the given sizes, with small chunks so that appends
// start and end inside chunks.
std::filesystem::path write_all_types(const TempDir& dir, const std::vector<std::uint64_t>& sizes) {
  sim::LocalCommunicator comm;
  OutputFile out = OutputFile::create(dir / "t.h5", {.seed = 1}, comm);
  RecordTable<AllTypes> table(out, "/all", testing::all_types_columns(), {.chunk_rows = 7});
  std::uint64_t next = 0;
  for (const std::uint64_t size : sizes) {
    table.append(rows_between(next, next + size));
    next += size;
    EXPECT_EQ(table.rows(), next);
  }
  out.commit();
  return out.path();
}

template <class V>
void expect_column(const std::filesystem::path& file, const std::string& name, V AllTypes::*member,
                   std::uint64_t rows) {
  SCOPED_TRACE(name);
  std::vector<V> expected;
  for (std::uint64_t i = 0; i < rows; ++i)
    expected.push_back(all_types_row(i).*member);
  EXPECT_EQ(read_back<V>(file, "/all/" + name), expected);
}

TEST(RecordTable, EveryColumnTypeReadsBackExactly) {
  TempDir dir;
  // 0 + 5 + 20 + 1 rows: an empty append, appends within one chunk and across several.
  const auto file = write_all_types(dir, {0, 5, 20, 1});
  expect_column(file, "i8", &AllTypes::i8, 26);
  expect_column(file, "i16", &AllTypes::i16, 26);
  expect_column(file, "i32", &AllTypes::i32, 26);
  expect_column(file, "u32", &AllTypes::u32, 26);
  expect_column(file, "i64", &AllTypes::i64, 26);
  expect_column(file, "u64", &AllTypes::u64, 26);
  expect_column(file, "f32", &AllTypes::f32, 26);
  expect_column(file, "f64", &AllTypes::f64, 26);
}

TEST(RecordTable, DatasetsAreLittleEndianChunkedCompressedAndDescribed) {
  TempDir dir;
  const auto file = write_all_types(dir, {3});
  const h5::File f(H5Fopen(file.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT));
  const std::vector<std::pair<std::string, hid_t>> types = {
      {"i8", H5T_STD_I8LE},    {"i16", H5T_STD_I16LE}, {"i32", H5T_STD_I32LE},
      {"u32", H5T_STD_U32LE},  {"i64", H5T_STD_I64LE}, {"u64", H5T_STD_U64LE},
      {"f32", H5T_IEEE_F32LE}, {"f64", H5T_IEEE_F64LE}};
  for (const auto& [name, type] : types) {
    SCOPED_TRACE(name);
    const h5::Dataset d(H5Dopen2(f.get(), ("/all/" + name).c_str(), H5P_DEFAULT));
    const h5::Datatype stored(H5Dget_type(d.get()));
    EXPECT_GT(H5Tequal(stored.get(), type), 0);
    const h5::PropList creation(H5Dget_create_plist(d.get()));
    hsize_t chunk = 0;
    EXPECT_EQ(H5Pget_chunk(creation.get(), 1, &chunk), 1);
    EXPECT_EQ(chunk, 7u);
    ASSERT_EQ(H5Pget_nfilters(creation.get()), 2);  // shuffle, then deflate
    unsigned flags = 0;
    std::size_t count = 1;
    unsigned level = 0;
    EXPECT_EQ(H5Pget_filter2(creation.get(), 0, &flags, &count, &level, 0, nullptr, nullptr),
              H5Z_FILTER_SHUFFLE);
    count = 1;
    EXPECT_EQ(H5Pget_filter2(creation.get(), 1, &flags, &count, &level, 0, nullptr, nullptr),
              H5Z_FILTER_DEFLATE);
    EXPECT_EQ(level, 4u);
    EXPECT_TRUE(h5::has_attribute(d.get(), "unit"));
    EXPECT_TRUE(h5::has_attribute(d.get(), "description"));
  }
  const h5::Dataset i8(H5Dopen2(f.get(), "/all/i8", H5P_DEFAULT));
  EXPECT_EQ(h5::read_attribute_text(i8.get(), "description"), "int8 values");
  EXPECT_EQ(h5::read_attribute_text(i8.get(), "codes"), "minus,zero,plus");
  const h5::Dataset f64(H5Dopen2(f.get(), "/all/f64", H5P_DEFAULT));
  EXPECT_EQ(h5::read_attribute_text(f64.get(), "unit"), "1/day");
  EXPECT_FALSE(h5::has_attribute(f64.get(), "codes"));
}

TEST(RecordTable, ColumnsKeepTheirDeclaredOrder) {
  TempDir dir;
  const auto file = write_all_types(dir, {1});
  const h5::File f(H5Fopen(file.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT));
  std::vector<std::string> names;
  H5Literate_by_name(
      f.get(), "/all", H5_INDEX_CRT_ORDER, H5_ITER_INC, nullptr,
      [](hid_t, const char* name, const H5L_info_t*, void* out) -> herr_t {
        static_cast<std::vector<std::string>*>(out)->emplace_back(name);
        return 0;
      },
      &names, H5P_DEFAULT);
  EXPECT_EQ(names,
            (std::vector<std::string>{"i8", "i16", "i32", "u32", "i64", "u64", "f32", "f64"}));
}

TEST(RecordTable, UncompressedWhenDeflateIsOff) {
  TempDir dir;
  sim::LocalCommunicator comm;
  OutputFile out = OutputFile::create(dir / "t.h5", {}, comm);
  RecordTable<AllTypes> table(out, "/deep/all", testing::all_types_columns(),
                              {.chunk_rows = 1024, .deflate_level = 0});
  table.append(rows_between(0, 3));
  out.commit();
  const h5::File f(H5Fopen((dir / "t.h5").c_str(), H5F_ACC_RDONLY, H5P_DEFAULT));
  const h5::Dataset d(H5Dopen2(f.get(), "/deep/all/f32", H5P_DEFAULT));
  const h5::PropList creation(H5Dget_create_plist(d.get()));
  EXPECT_EQ(H5Pget_nfilters(creation.get()), 0);
  EXPECT_EQ(read_back<float>(dir / "t.h5", "/deep/all/f32"), (std::vector<float>{0, 0.25f, 0.5f}));
}

TEST(RecordTable, BadNamesAreOutputErrors) {
  struct Row {
    std::int32_t a;
    std::int32_t b;
  };
  struct Case {
    std::string path;
    RecordColumns<Row> columns;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"panel", {{"a", &Row::a, "", ""}}, "table path 'panel' must look like /name"},
      {"/panel", {}, "table /panel has no columns"},
      {"/panel",
       {{"a", &Row::a, "", ""}, {"a", &Row::b, "", ""}},
       "table /panel: column 'a' declared twice"},
      {"/panel", {{"a/b", &Row::a, "", ""}}, "table /panel: bad column name 'a/b'"},
  };
  TempDir dir;
  sim::LocalCommunicator comm;
  OutputFile out = OutputFile::create(dir / "t.h5", {}, comm);
  for (const auto& c : cases) {
    SCOPED_TRACE(c.message);
    try {
      RecordTable<Row> table(out, c.path, c.columns);
      ADD_FAILURE() << "no error";
    } catch (const OutputError& e) {
      EXPECT_EQ(std::string(e.what()), c.message);
    }
  }
}

}  // namespace
}  // namespace attachsim::io
