// SlingrScript: the JavaScript parser and sandboxed interpreter used for package code and configuration expressions.
