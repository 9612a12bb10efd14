# Docs generated from the code (e.g. docs/parameters.md from the parameter table), kept honest.

# attachsim_add_generated_doc(NAME <name> OUTPUT <committed file> TARGET <generator> [ARGS ...])
# adds the ctest test docs.<name>_up_to_date, which fails (showing a diff) when the committed file
# differs from what the executable target <generator> prints when run with ARGS, and makes the
# `regenerate-docs` target rewrite the file:  cmake --build build --target regenerate-docs
function(attachsim_add_generated_doc)
  cmake_parse_arguments(ARG "" "NAME;OUTPUT;TARGET" "ARGS" ${ARGN})
  set(script ${PROJECT_SOURCE_DIR}/cmake/check_generated_doc.cmake)
  set(generator $<TARGET_FILE:${ARG_TARGET}> ${ARG_ARGS})
  add_test(NAME docs.${ARG_NAME}_up_to_date
           COMMAND ${CMAKE_COMMAND} -DMODE=check -DOUTPUT=${ARG_OUTPUT} -P ${script} -- ${generator})
  if(NOT TARGET regenerate-docs)
    add_custom_target(regenerate-docs)
  endif()
  add_custom_target(regenerate-doc-${ARG_NAME}
                    COMMAND ${CMAKE_COMMAND} -DMODE=write -DOUTPUT=${ARG_OUTPUT} -P ${script} --
                            ${generator}
                    COMMENT "Regenerating ${ARG_OUTPUT}" VERBATIM)
  add_dependencies(regenerate-doc-${ARG_NAME} ${ARG_TARGET})
  add_dependencies(regenerate-docs regenerate-doc-${ARG_NAME})
endfunction()
