# streamvibe_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>]
#                     [KEYRING] [GUI] [TIMEOUT <s>] [ENVIRONMENT <k=v...>] [WRAPPER <script>])
# Builds a QtTest executable and registers it with ctest.
#  WRAPPER: a script that runs the test binary (its first argument) in an environment it sets up
#  KEYRING: runs inside a private D-Bus session with an unlocked gnome-keyring (tests/support/with-keyring.sh)
#  GUI:     runs with QT_QPA_PLATFORM=offscreen
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
  cmake_parse_arguments(T "KEYRING;GUI" "NAME;TIMEOUT;WRAPPER" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE streamvibe_qttest streamvibe_test_support streamvibe_flags ${T_LIBS})
  if("streamvibe_ui" IN_LIST T_LIBS)
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
  file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/test-home/${T_NAME})
  add_test(NAME ${T_NAME} COMMAND ${_cmd})
  set(_env "STREAMVIBE_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
           "STREAMVIBE_BUILD_DIR=${PROJECT_BINARY_DIR}"
           "QT_LOGGING_RULES=*.debug=false"
           "HOME=${PROJECT_BINARY_DIR}/test-home/${T_NAME}"
           "XDG_CONFIG_HOME=${PROJECT_BINARY_DIR}/test-home/${T_NAME}/.config"
           "XDG_DATA_HOME=${PROJECT_BINARY_DIR}/test-home/${T_NAME}/.local/share"
           "XDG_CACHE_HOME=${PROJECT_BINARY_DIR}/test-home/${T_NAME}/.cache"
           "STREAMVIBE_PROFILE=")
  if(T_GUI)
    list(APPEND _env "QT_QPA_PLATFORM=offscreen")
  endif()
  list(APPEND _env ${T_ENVIRONMENT})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${_env}" TIMEOUT ${T_TIMEOUT} LABELS "${T_LABELS}")
endfunction()
