# Fails when a translation catalogue is not complete. Run in script mode:
#   cmake -DTS_FILE=<de.ts> [-DLUPDATE=<lupdate> -DLUPDATE_PROJECT=<.lupdate/x_project.cmake>
#         -DWORK_DIR=<dir>] [-DLRELEASE=<lrelease>] -P CheckTranslations.cmake
# 1. The committed TS_FILE must have no unfinished message and no empty translation or plural form.
#    With -DPLURALS_ONLY=ON (the English catalogues, whose other messages are the source text itself)
#    only the plural messages must be finished, with every plural form filled in.
# 2. With LUPDATE: lupdate re-extracts the strings of the current sources into a copy of TS_FILE; a
#    message of the sources that the catalogue lacks (a new tr() nobody translated yet) shows up there
#    as unfinished, a message the sources no longer have makes the counts differ. Either fails: run
#    `cmake --build <dir> --target update_translations` and translate.
# 3. With LRELEASE (and not PLURALS_ONLY): lrelease compiles TS_FILE into a scratch .qm and must report
#    every message finished: no "unfinished" and no "untranslated source text(s)" in its summary.

function(sv_scan_ts file out_total out_unfinished out_empty out_unfinished_sources)
  file(READ "${file}" ts)
  # CMake lists split at ';': take the entities apart first (only messages are counted and named here).
  string(REPLACE "&apos;" "'" ts "${ts}")
  string(REPLACE "&quot;" "\"" ts "${ts}")
  string(REPLACE ";" "," ts "${ts}")
  if(PLURALS_ONLY)
    set(head "<message numerus=\"yes\">[^<]*")
  else()
    set(head "")
  endif()
  string(REGEX MATCHALL "${head}<source>" sources "${ts}")
  list(LENGTH sources total)
  string(REGEX MATCHALL "${head}<source>[^<]*</source>[^<]*(<oldsource>[^<]*</oldsource>[^<]*)?(<comment>[^<]*</comment>[^<]*)?(<extracomment>[^<]*</extracomment>[^<]*)?<translation type=\"unfinished\""
         unfinishedMessages "${ts}")
  if(PLURALS_ONLY)
    list(LENGTH unfinishedMessages unfinishedCount)
  else()
    # Counted on its own so that a message of an unexpected shape cannot slip through.
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
    list(LENGTH unfinished unfinishedCount)
  endif()
  if(PLURALS_ONLY)
    string(REGEX MATCHALL "<numerusform></numerusform>|<numerusform/>" empty "${ts}")
  else()
    string(REGEX MATCHALL "<translation></translation>|<translation/>|<numerusform></numerusform>|<numerusform/>"
           empty "${ts}")
  endif()
  list(LENGTH empty emptyCount)
  # The sources of the first few unfinished messages, to name them in the failure.
  set(names "")
  set(n 0)
  foreach(m IN LISTS unfinishedMessages)
    if(n LESS 10)
      string(REGEX REPLACE "^.*<source>([^<]*)</source>.*" "\\1" src "${m}")
      string(APPEND names "\n  - ${src}")
    endif()
    math(EXPR n "${n} + 1")
  endforeach()
  set(${out_total} ${total} PARENT_SCOPE)
  set(${out_unfinished} ${unfinishedCount} PARENT_SCOPE)
  set(${out_empty} ${emptyCount} PARENT_SCOPE)
  set(${out_unfinished_sources} "${names}" PARENT_SCOPE)
endfunction()

if(NOT EXISTS "${TS_FILE}")
  message(FATAL_ERROR "${TS_FILE} does not exist")
endif()

sv_scan_ts("${TS_FILE}" total count emptyCount names)
if(total EQUAL 0)
  message(FATAL_ERROR "${TS_FILE}: no messages")
endif()
if(count GREATER 0)
  message(FATAL_ERROR "${TS_FILE}: ${count} of ${total} messages are unfinished:${names}")
endif()
if(emptyCount GREATER 0)
  message(FATAL_ERROR "${TS_FILE}: ${emptyCount} empty translations")
endif()

if(LUPDATE)
  if(NOT EXISTS "${LUPDATE_PROJECT}")
    message(FATAL_ERROR "lupdate project description ${LUPDATE_PROJECT} does not exist")
  endif()
  file(MAKE_DIRECTORY "${WORK_DIR}")
  get_filename_component(tsName "${TS_FILE}" NAME)
  set(copy "${WORK_DIR}/${tsName}")
  set(projectJson "${WORK_DIR}/project.json")
  file(COPY_FILE "${TS_FILE}" "${copy}")
  # Qt's own generator turns the .cmake description (sources, include paths) into lupdate's JSON.
  execute_process(
    COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${LUPDATE_PROJECT} -DOUT_FILE=${projectJson}
            -P "${LUPDATE_PROJECT_GENERATOR}"
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not generate the lupdate project ${projectJson}")
  endif()
  execute_process(
    COMMAND "${LUPDATE}" -project "${projectJson}" -no-obsolete -locations none -ts "${copy}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}${err}")
  endif()
  sv_scan_ts("${copy}" freshTotal freshUnfinished freshEmpty freshNames)
  if(freshUnfinished GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${freshUnfinished} message(s) of the sources are missing from the "
                        "catalogue (run the update_translations target and translate them):${freshNames}")
  endif()
  if(NOT freshTotal EQUAL total)
    message(FATAL_ERROR "${TS_FILE} has ${total} messages but the sources have ${freshTotal}: the catalogue "
                        "is out of date (run the update_translations target)")
  endif()
endif()

if(LRELEASE AND NOT PLURALS_ONLY)
  file(MAKE_DIRECTORY "${WORK_DIR}")
  get_filename_component(qmName "${TS_FILE}" NAME_WE)
  execute_process(
    COMMAND "${LRELEASE}" "${TS_FILE}" -qm "${WORK_DIR}/${qmName}.qm"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lrelease failed (${rc}):\n${out}${err}")
  endif()
  if(NOT out MATCHES "Generated ([0-9]+) translation\\(s\\) \\(([0-9]+) finished and ([0-9]+) unfinished\\)")
    message(FATAL_ERROR "unexpected lrelease output:\n${out}${err}")
  endif()
  set(generated ${CMAKE_MATCH_1})
  set(unfinishedByLrelease ${CMAKE_MATCH_3})
  if(NOT unfinishedByLrelease EQUAL 0 OR out MATCHES "untranslated source text" OR NOT generated EQUAL total)
    message(FATAL_ERROR "lrelease does not find ${TS_FILE} complete (${generated} of ${total} messages "
                        "generated):\n${out}${err}")
  endif()
endif()

message(STATUS "${TS_FILE}: ${total} messages, all translated")
