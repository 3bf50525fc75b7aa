#!/bin/sh
echo "coverage tools are not available in Krait's offline build" >&2
exit 1
