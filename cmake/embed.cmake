# rmt_embed(<name> <output.cpp> files...): compiles files into the binary as string views,
# looked up by their path relative to the source root (see src/embedded/embedded_files.hpp).
function(rmt_embed name output)
  string(REPLACE ";" "|" files "${ARGN}")
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DROOT=${CMAKE_SOURCE_DIR} "-DFILES=${files}"
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake
    DEPENDS ${ARGN} ${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake
    COMMENT "Embedding ${name}" VERBATIM)
endfunction()

# rmt_embed_wordlist(<output.cpp> files...): compiles word lists (one entry per line, lines
# starting with `#!comment:` skipped, CR stripped, ASCII lower-cased, duplicates removed) into a
# sorted array of string views (see src/security/common_passwords.hpp).
function(rmt_embed_wordlist output)
  string(REPLACE ";" "|" files "${ARGN}")
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} "-DFILES=${files}"
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_wordlist.cmake
    DEPENDS ${ARGN} ${CMAKE_SOURCE_DIR}/cmake/embed_wordlist.cmake
    COMMENT "Embedding the common-password list" VERBATIM)
endfunction()
