#include "io/h5/attribute.hpp"

#include <limits>

#include <gtest/gtest.h>

#include "io/h5/error.hpp"
#include "io/h5/handle.hpp"
#include "tests/io/temp_dir.hpp"

namespace attachsim::io::h5 {
namespace {

using testing::TempDir;

File new_file(const std::filesystem::path& path) {
  quiet_error_stack();
  return File(check_id(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT),
                       "H5Fcreate", path.string()));
}

TEST(Attribute, TextAndIntegersReadBack) {
  TempDir dir;
  const File file = new_file(dir / "a.h5");
  write_attribute(file.get(), "text", "line one\nünïcode");
  write_attribute(file.get(), "empty", "");
  write_attribute(file.get(), "signed", std::int64_t{-5});
  write_attribute(file.get(), "unsigned", std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(read_attribute_text(file.get(), "text"), "line one\nünïcode");
  EXPECT_EQ(read_attribute_text(file.get(), "empty"), "");
  EXPECT_EQ(read_attribute_text(file.get(), "signed"), "-5");
  EXPECT_EQ(read_attribute_text(file.get(), "unsigned"), "18446744073709551615");
  EXPECT_EQ(attribute_names(file.get()),
            (std::vector<std::string>{"empty", "signed", "text", "unsigned"}));
}

TEST(Attribute, WritingAgainReplaces) {
  TempDir dir;
  const File file = new_file(dir / "a.h5");
  write_attribute(file.get(), "x", "first");
  write_attribute(file.get(), "x", std::int64_t{2});
  EXPECT_EQ(read_attribute_text(file.get(), "x"), "2");
  EXPECT_TRUE(has_attribute(file.get(), "x"));
  EXPECT_FALSE(has_attribute(file.get(), "y"));
}

TEST(Attribute, MissingOneIsAnH5ErrorNamingIt) {
  TempDir dir;
  const File file = new_file(dir / "a.h5");
  try {
    read_attribute_text(file.get(), "absent");
    FAIL() << "no error";
  } catch (const H5Error& e) {
    EXPECT_EQ(std::string(e.what()).rfind("HDF5 call H5Aopen failed for '/@absent'", 0), 0u)
        << e.what();
  }
}

}  // namespace
}  // namespace attachsim::io::h5
