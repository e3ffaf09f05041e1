"""The vocabularies kg's graph is written in: each namespace's IRI once, and the prefixes for them.

Takes nothing, gives strings: every module that builds or reads an IRI of schema.org, FOAF, RDF, RDFS, XSD, PROV or
kg's own ontology starts from these (the standard library only, so any module may import it at no cost).
"""

SCHEMA = "https://schema.org/"
FOAF = "http://xmlns.com/foaf/0.1/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
KG = "https://example.org/kg/ns#"

RDF_TYPE = RDF + "type"
RDF_LANGSTRING = RDF + "langString"
XSD_STRING = XSD + "string"

PREFIXES = {
    "schema": SCHEMA,
    "foaf": FOAF,
    "kg": KG,
    "prov": PROV,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
}
"""The prefixes kg writes and every query may use without declaring them."""
