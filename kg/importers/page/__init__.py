"""The one page reader every homepage family uses, one module per stage.

Takes a page (HTML of any vintage, or markdown rendered on its source lines); gives a profile.
In reading order: :mod:`.source` (the parsed page and its source lines), :mod:`.sections`,
:mod:`.runs` (styled runs, segments, blocks), :mod:`.reader` (the walk into blocks),
:mod:`.entry` with :mod:`.citation`, :mod:`.venue`, :mod:`.marks` (one publication per item),
:mod:`.person`, :mod:`.readers` and :mod:`.bio` (per-section and person fields), :mod:`.builder` (the profile
and its owner) and :mod:`.parse` (the entry points). Importing the package imports nothing.
"""
