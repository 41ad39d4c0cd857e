"""Scripts for the workbook's maintainers (not part of the package): the browser the tests
and ``make screenshots`` drive."""
