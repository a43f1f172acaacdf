# Precompiled headers: the Qt, QCoro and standard headers are parsed once per kind of target instead of
# once per translation unit.
#   streamvibe_use_pch(<target> core|widgets|test|test-widgets)
# "core" and the two test kinds are shared: a holder target builds the header once and every target of that
# kind reuses it. GCC accepts a precompiled header only where each macro defined when it was built is
# defined the same way (and macros the headers test are not defined differently), so a holder defines only
# what all its users define: Qt Core's module macro, the project's flags, and for tests the QtTest macros
# (streamvibe_qttest in cmake/StreamVibeTesting.cmake) and, for UI tests, Qt Gui's and Widgets'. The other modules
# only lend their include directories. A mismatch fails the build loudly (-Winvalid-pch with -Werror).
# "widgets" (the UI library) builds its own.
option(STREAMVIBE_PCH "Precompile the Qt and standard headers" ON)

set(_streamvibe_pch_dir ${CMAKE_CURRENT_LIST_DIR}/pch)

function(_streamvibe_pch_holder kind)
  set(holder streamvibe_pch_${kind})
  if(TARGET ${holder})
    return()
  endif()
  file(WRITE ${PROJECT_BINARY_DIR}/pch/${kind}.cpp "// builds the ${kind} precompiled header\n")
  add_library(${holder} STATIC ${PROJECT_BINARY_DIR}/pch/${kind}.cpp)
  target_link_libraries(${holder} PRIVATE Qt6::Core streamvibe_flags)
  target_compile_definitions(${holder} PRIVATE STREAMVIBE_VERSION="${PROJECT_VERSION}")
  set_target_properties(${holder} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  set(_modules Qt6::Network Qt6::Sql QCoro6::Core QCoro6::Network)
  if(kind MATCHES "^test")
    target_link_libraries(${holder} PRIVATE streamvibe_qttest)
    target_compile_definitions(${holder} PRIVATE QT_NETWORK_LIB)
  endif()
  if(kind MATCHES "widgets")
    list(APPEND _modules Qt6::Gui Qt6::Widgets Qt6::Svg)
    target_compile_definitions(${holder} PRIVATE QT_GUI_LIB QT_WIDGETS_LIB)
  endif()
  foreach(_module IN LISTS _modules)
    target_include_directories(${holder} SYSTEM PRIVATE
      $<TARGET_PROPERTY:${_module},INTERFACE_INCLUDE_DIRECTORIES>)
  endforeach()
  target_precompile_headers(${holder} PRIVATE ${_streamvibe_pch_dir}/${kind}.h)
endfunction()

function(streamvibe_use_pch target kind)
  if(NOT STREAMVIBE_PCH)
    return()
  endif()
  if(kind STREQUAL "widgets")
    target_precompile_headers(${target} PRIVATE ${_streamvibe_pch_dir}/widgets.h)
    return()
  endif()
  _streamvibe_pch_holder(${kind})
  target_precompile_headers(${target} REUSE_FROM streamvibe_pch_${kind})
  # An executable's sources include their own moc output, so AUTOMOC's mocs_compilation.cpp is an empty file:
  # loading the precompiled header for it cost about 2 s per test program (over 100 of them).
  get_target_property(_type ${target} TYPE)
  if(_type STREQUAL "EXECUTABLE")
    get_target_property(_autogen_dir ${target} AUTOGEN_BUILD_DIR)
    if(NOT _autogen_dir)
      get_target_property(_binary_dir ${target} BINARY_DIR)
      set(_autogen_dir ${_binary_dir}/${target}_autogen)
    endif()
    set_source_files_properties(${_autogen_dir}/mocs_compilation.cpp TARGET_DIRECTORY ${target}
      PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  endif()
endfunction()
