#include "io/h5/error.hpp"

#include <gtest/gtest.h>

#include "io/h5/handle.hpp"

namespace attachsim::io::h5 {
namespace {

TEST(H5Error, NamesTheCallThePathTheSourceLineAndHdf5sReason) {
  quiet_error_stack();
  ::testing::internal::CaptureStderr();
  try {
    // A failing call: the file does not exist.
    check_id(H5Fopen("/nonexistent/dir/x.h5", H5F_ACC_RDONLY, H5P_DEFAULT), "H5Fopen",
             "/nonexistent/dir/x.h5");
    FAIL() << "no error";
  } catch (const H5Error& e) {
    const std::string message = e.what();
    EXPECT_EQ(
        message.rfind("HDF5 call H5Fopen failed for '/nonexistent/dir/x.h5' (error_test.cpp:", 0),
        0u)
        << message;
    // The innermost part of HDF5's error stack says why.
    EXPECT_NE(message.find("No such file or directory"), std::string::npos) << message;
  }
  // HDF5 printed nothing itself: the message is the only report.
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
}

TEST(H5Error, IsAnAttachsimError) {
  quiet_error_stack();
  EXPECT_THROW(check(H5Pclose(H5I_INVALID_HID), "H5Pclose", "nothing"), attachsim::Error);
}

TEST(Handle, ClosesOnDestructionAndMovesOwnership) {
  hid_t id = H5I_INVALID_HID;
  {
    PropList list(check_id(H5Pcreate(H5P_FILE_ACCESS), "H5Pcreate", "test"));
    id = list.get();
    EXPECT_GT(H5Iis_valid(id), 0);
    PropList moved = std::move(list);
    EXPECT_FALSE(list.valid());  // NOLINT(bugprone-use-after-move): the point of the test
    EXPECT_EQ(moved.get(), id);
  }
  EXPECT_LE(H5Iis_valid(id), 0);
}

TEST(Handle, ExplicitCloseLeavesItEmpty) {
  PropList list(check_id(H5Pcreate(H5P_FILE_ACCESS), "H5Pcreate", "test"));
  list.close("test");
  EXPECT_FALSE(list.valid());
  list.close("test");  // closing an empty handle does nothing
}

}  // namespace
}  // namespace attachsim::io::h5
