// Whether any demo (synthetic) data is loaded: the demo data set always has its Source nodes.
MATCH (s:Source) WHERE s.synthetic = true RETURN count(s) > 0 AS synthetic
