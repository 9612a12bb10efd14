// Owning handles for HDF5 identifiers: closed when they go out of scope, checked when closed
// explicitly.
//
//   h5::Dataset dataset(check_id(H5Dopen2(file.get(), "/panel/age", H5P_DEFAULT), "H5Dopen2",
//                                "/panel/age"));
//   H5Dread(dataset.get(), ...);          // H5Dclose runs when `dataset` is destroyed
#pragma once

#include <string_view>
#include <utility>

#include <hdf5.h>

#include "io/h5/error.hpp"

namespace attachsim::io::h5 {

/// Owns one HDF5 identifier of the kind whose close function `Kind::close` is. Move-only.
template <class Kind>
class Handle {
 public:
  /// An empty handle.
  Handle() = default;
  /// Takes ownership of `id`, a valid identifier (as check_id returns).
  explicit Handle(hid_t id) : id_(id) {}
  /// Closes the identifier; a failure here cannot be reported (use close() where it matters).
  ~Handle() { reset(); }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  /// Takes over other's identifier, leaving other empty.
  Handle(Handle&& other) noexcept : id_(std::exchange(other.id_, H5I_INVALID_HID)) {}
  /// Closes the current identifier and takes over other's.
  Handle& operator=(Handle&& other) noexcept {
    if (this != &other) {
      reset();
      id_ = std::exchange(other.id_, H5I_INVALID_HID);
    }
    return *this;
  }

  /// The identifier, for HDF5 calls (H5I_INVALID_HID when empty).
  hid_t get() const { return id_; }
  /// True when the handle owns an identifier.
  bool valid() const { return id_ >= 0; }
  /// Closes now and throws H5Error naming `path` when HDF5 fails; empty afterwards either way.
  void close(std::string_view path) {
    if (valid()) check(Kind::close(std::exchange(id_, H5I_INVALID_HID)), Kind::close_name, path);
  }

 private:
  void reset() noexcept {
    if (valid()) Kind::close(std::exchange(id_, H5I_INVALID_HID));
  }

  hid_t id_ = H5I_INVALID_HID;
};

/// How each kind of identifier is closed: `close(id)`, called `close_name` in error messages.
/// Files.
struct FileKind {
  static herr_t close(hid_t id) { return H5Fclose(id); }
  static constexpr std::string_view close_name = "H5Fclose";
};
/// Groups.
struct GroupKind {
  static herr_t close(hid_t id) { return H5Gclose(id); }
  static constexpr std::string_view close_name = "H5Gclose";
};
/// Datasets.
struct DatasetKind {
  static herr_t close(hid_t id) { return H5Dclose(id); }
  static constexpr std::string_view close_name = "H5Dclose";
};
/// Dataspaces.
struct DataspaceKind {
  static herr_t close(hid_t id) { return H5Sclose(id); }
  static constexpr std::string_view close_name = "H5Sclose";
};
/// Property lists.
struct PropListKind {
  static herr_t close(hid_t id) { return H5Pclose(id); }
  static constexpr std::string_view close_name = "H5Pclose";
};
/// Attributes.
struct AttributeKind {
  static herr_t close(hid_t id) { return H5Aclose(id); }
  static constexpr std::string_view close_name = "H5Aclose";
};
/// Datatypes.
struct DatatypeKind {
  static herr_t close(hid_t id) { return H5Tclose(id); }
  static constexpr std::string_view close_name = "H5Tclose";
};

using File = Handle<FileKind>;            ///< an open file (H5Fcreate, H5Fopen)
using Group = Handle<GroupKind>;          ///< an open group (H5Gcreate2, H5Gopen2)
using Dataset = Handle<DatasetKind>;      ///< an open dataset (H5Dcreate2, H5Dopen2)
using Dataspace = Handle<DataspaceKind>;  ///< a dataspace (H5Screate*, H5Dget_space)
using PropList = Handle<PropListKind>;    ///< a property list (H5Pcreate, H5P*get*_plist)
using Attribute = Handle<AttributeKind>;  ///< an open attribute (H5Acreate2, H5Aopen)
using Datatype = Handle<DatatypeKind>;    ///< a datatype (H5Tcopy, H5Dget_type, H5Aget_type)

}  // namespace attachsim::io::h5
