# streamvibe_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>]
#                     [KEYRING] [GUI] [TIMEOUT <s>] [ENVIRONMENT <k=v...>] [WRAPPER <script>]
#                     [SHARDS <n>] [COST <s>])
# Builds a QtTest executable and registers it with ctest.
#  WRAPPER: a script that runs the test binary (its first argument) in an environment it sets up
#  KEYRING: runs inside a private D-Bus session with an unlocked gnome-keyring (tests/support/with-keyring.sh)
#  GUI:     runs with QT_QPA_PLATFORM=offscreen
#  SHARDS:  registers n entries <name>-<i>of<n> that ctest can run side by side, entry i running every n-th
#           test function (STREAMVIBE_TEST_SHARD=i/n; the class calls SV_SKIP_OTHER_SHARDS() in init())
#  COST:    about how many seconds the test (each shard) runs, for the tests that take longest: ctest starts
#           the costliest first, and without it a run with no timing history of its own (a fresh clone, CI)
#           starts them in the order they are declared and may start the longest last
# Every test gets a private HOME/XDG tree so it never touches the developer's real profile or keyring.
# Qt Test as every test links it: Qt6::Test's library and headers, with one QT_TESTCASE_BUILDDIR for all
# tests and no per-folder QT_TESTCASE_SOURCEDIR (no test uses QFINDTESTDATA; test data comes from
# STREAMVIBE_TEST_DATA), so all tests agree on the macros QtTest's headers test and can share one
# precompiled header (cmake/StreamVibePch.cmake).
add_library(streamvibe_qttest INTERFACE)
target_link_libraries(streamvibe_qttest INTERFACE "$<LINK_ONLY:Qt6::Test>" Qt6::Core)
target_include_directories(streamvibe_qttest SYSTEM INTERFACE $<TARGET_PROPERTY:Qt6::Test,INTERFACE_INCLUDE_DIRECTORIES>)
target_compile_definitions(streamvibe_qttest INTERFACE QT_TESTLIB_LIB
  QT_TESTCASE_BUILDDIR="${PROJECT_BINARY_DIR}/tests")

function(streamvibe_add_test)
  cmake_parse_arguments(T "KEYRING;GUI" "NAME;TIMEOUT;WRAPPER;SHARDS;COST" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE streamvibe_qttest streamvibe_test_support streamvibe_flags ${T_LIBS})
  if("streamvibe_ui" IN_LIST T_LIBS OR "streamvibe_ui_test_support" IN_LIST T_LIBS)
    streamvibe_use_pch(${T_NAME} test-widgets)
  else()
    streamvibe_use_pch(${T_NAME} test)
  endif()
  set(_cmd $<TARGET_FILE:${T_NAME}>)
  if(T_WRAPPER)
    set(_cmd ${T_WRAPPER} ${_cmd})
  endif()
  if(T_KEYRING)
    set(_cmd ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh ${_cmd})
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  if(T_SHARDS)
    set(_entries)
    foreach(_i RANGE 1 ${T_SHARDS})
      list(APPEND _entries "${T_NAME}-${_i}of${T_SHARDS}|STREAMVIBE_TEST_SHARD=${_i}/${T_SHARDS}")
    endforeach()
  else()
    set(_entries "${T_NAME}|")
  endif()
  foreach(_entry IN LISTS _entries)
    string(REPLACE "|" ";" _parts "${_entry}")
    list(GET _parts 0 _test)
    list(GET _parts 1 _shard)
    file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/test-home/${_test})
    add_test(NAME ${_test} COMMAND ${_cmd})
    set(_env "STREAMVIBE_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
             "STREAMVIBE_BUILD_DIR=${PROJECT_BINARY_DIR}"
             "QT_LOGGING_RULES=*.debug=false"
             "HOME=${PROJECT_BINARY_DIR}/test-home/${_test}"
             "XDG_CONFIG_HOME=${PROJECT_BINARY_DIR}/test-home/${_test}/.config"
             "XDG_DATA_HOME=${PROJECT_BINARY_DIR}/test-home/${_test}/.local/share"
             "XDG_CACHE_HOME=${PROJECT_BINARY_DIR}/test-home/${_test}/.cache"
             "STREAMVIBE_PROFILE=")
    if(_shard)
      list(APPEND _env "${_shard}")
    endif()
    if(T_GUI)
      list(APPEND _env "QT_QPA_PLATFORM=offscreen")
    endif()
    list(APPEND _env ${T_ENVIRONMENT})
    set_tests_properties(${_test} PROPERTIES ENVIRONMENT "${_env}" TIMEOUT ${T_TIMEOUT} LABELS "${T_LABELS}")
    if(T_COST)
      set_tests_properties(${_test} PROPERTIES COST ${T_COST})
    endif()
  endforeach()
endfunction()
