// The names of the sheets and tables the add-in owns: one place, for every renderer and reader.

export const MATRIX_SHEET = "MFG Matrix";
export const NEXT_STEPS_SHEET = "MFG Next Steps";
export const RULES_SHEET = "MFG Rules";
export const REGISTER_SHEET = "MFG Register";
export const RULES_TABLE = "MfgRules";
export const SPELLINGS_TABLE = "MfgSpellings";
export const DECISIONS_TABLE = "MfgDecisions";
export const ALSO_ACCEPTED_TABLE = "MfgAlsoAccepted";
export const REGISTER_TABLE = "MfgRegister";
export const SUPPLIERS_SHEET = "MFG Suppliers";
export const SUPPLIERS_TABLE = "MfgSuppliers";
