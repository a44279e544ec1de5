/**
 * Runs before every test file. Tests read what builds and scripts print; a CI that sets
 * FORCE_COLOR would put escape codes inside those words (a build log's "(restored)" or an error's
 * file name), so the programs the tests start are told to print plain text.
 */
delete process.env.FORCE_COLOR;
process.env.NO_COLOR = '1';
