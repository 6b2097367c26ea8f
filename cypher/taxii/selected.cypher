// Fragment of the taxii/*-branch statements: entity {{v}} exists for the caller (one of its assertions carries
// a key in $vis, SPEC §6) and the selection holds it (taxii/filters).
any(k IN {{v}}.vis WHERE k IN $vis) AND {{filters:v}}
