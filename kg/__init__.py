"""kg: researchers' homepages -> a linked-data knowledge graph.

The library API mirrors the pipeline (design.md): ``kg.importers.import_paths``
reads pages into a :class:`kg.model.Profile`; ``kg.build.load_build`` loads profile
files, merges people and works and maps them to RDF; ``kg.validate`` checks the
graph against the SHACL shapes; ``kg.export`` serializes it and writes the embed
snippet; ``kg.query`` runs the named SPARQL helpers. Heavy modules load on use.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
