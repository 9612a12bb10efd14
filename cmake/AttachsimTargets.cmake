# Helpers every attachsim target uses: warnings as errors, the optional sanitizers and link-time
# optimization.

# Link-time optimization in Release builds without sanitizers: the model's hot path crosses many
# small files (choosing a figure, presence, tie weights), and inlining across them saves about 7%
# of its instructions (docs/model.md, Performance). Warnings found while optimizing at link time
# are errors too, except GCC 12's false -Wstringop-overflow on inlined std::string concatenation.
include(CheckIPOSupported)
check_ipo_supported(RESULT ATTACHSIM_LTO_SUPPORTED LANGUAGES CXX)
if(ATTACHSIM_LTO_SUPPORTED AND CMAKE_BUILD_TYPE STREQUAL "Release" AND ATTACHSIM_SANITIZE STREQUAL ""
   AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  set(ATTACHSIM_LTO ON)
else()
  set(ATTACHSIM_LTO OFF)
endif()

# Profile-guided optimization (GCC): scripts/build first builds with ATTACHSIM_PGO=generate into a
# training tree, runs small experiments there, and then builds with ATTACHSIM_PGO=use. Branches laid
# out and functions inlined as the runs went make the model 10-15% faster (docs/engine.md); the
# results are the same bits, as no floating-point rule changes. Objects are named relative to
# their build tree (-fprofile-prefix-path), so the two trees share one profile. A function changed
# since the training runs is compiled as without a profile (no coverage-mismatch error), and one
# they never ran as without one too (-fprofile-partial-training).
set(ATTACHSIM_PGO "" CACHE STRING "Profile-guided optimization: '', 'generate' or 'use'")
set_property(CACHE ATTACHSIM_PGO PROPERTY STRINGS "" generate use)
set(ATTACHSIM_PGO_DIR "" CACHE PATH "Where the profile is written (generate) or read (use)")
if(NOT ATTACHSIM_PGO STREQUAL "")
  if(NOT ATTACHSIM_PGO MATCHES "^(generate|use)$")
    message(FATAL_ERROR "ATTACHSIM_PGO must be '', 'generate' or 'use', not '${ATTACHSIM_PGO}'")
  endif()
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU" OR ATTACHSIM_PGO_DIR STREQUAL "")
    message(FATAL_ERROR "ATTACHSIM_PGO needs GCC and ATTACHSIM_PGO_DIR")
  endif()
  set(ATTACHSIM_PGO_FLAGS -fprofile-prefix-path=${CMAKE_BINARY_DIR})
  if(ATTACHSIM_PGO STREQUAL "generate")
    list(APPEND ATTACHSIM_PGO_FLAGS -fprofile-generate=${ATTACHSIM_PGO_DIR} -fprofile-update=atomic)
  else()
    list(APPEND ATTACHSIM_PGO_FLAGS -fprofile-use=${ATTACHSIM_PGO_DIR} -fprofile-partial-training
         -Wno-missing-profile -Wno-coverage-mismatch)
  endif()
endif()

# attachsim_configure_target(<target>): strict warnings (as errors), link-time optimization where it
# is on, profile-guided optimization where it is asked for, and the sanitizer flags.
function(attachsim_configure_target target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion -Wnon-virtual-dtor -Werror
                                           -Wno-missing-field-initializers)
  if(ATTACHSIM_LTO)
    set_property(TARGET ${target} PROPERTY INTERPROCEDURAL_OPTIMIZATION ON)
    target_link_options(${target} PRIVATE -Werror -Wno-stringop-overflow)
  endif()
  if(ATTACHSIM_PGO_FLAGS)
    target_compile_options(${target} PRIVATE ${ATTACHSIM_PGO_FLAGS})
    target_link_options(${target} PRIVATE ${ATTACHSIM_PGO_FLAGS})
  endif()
  if(ATTACHSIM_SANITIZE STREQUAL "address")
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  elseif(ATTACHSIM_SANITIZE STREQUAL "thread")
    target_compile_options(${target} PRIVATE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=thread)
  elseif(NOT ATTACHSIM_SANITIZE STREQUAL "")
    message(FATAL_ERROR "ATTACHSIM_SANITIZE must be '', 'address' or 'thread', not '${ATTACHSIM_SANITIZE}'")
  endif()
endfunction()

# attachsim_add_test(<name> SOURCES <files...> LIBS <targets...>): one GoogleTest executable.
function(attachsim_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest_main)
  attachsim_configure_target(${name})
  set(env "")
  if(ATTACHSIM_SANITIZE STREQUAL "thread")
    set(env "TSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/tsan.supp halt_on_error=1")
  endif()
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES ENVIRONMENT "${env}")
endfunction()
