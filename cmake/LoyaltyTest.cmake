# loyalty_add_test(<name> <source> [LIBS ...]): one Qt Test executable per class under test.
# Tests run offscreen, and find the server binary through LOYALTY_SERVER_BIN.
function(loyalty_add_test name source)
    cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
    add_executable(${name} ${source})
    target_link_libraries(${name} PRIVATE loyalty_options loyalty_test_support Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LOYALTY_SERVER_BIN=$<TARGET_FILE:loyalty-server>")
endfunction()
