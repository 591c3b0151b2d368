// Whether a text is an English sentence: Latin words with an English function word. OEM, RFQ,
// UN 38.3, "MFG Register", a file name and a German sentence are not. What the language tests use
// to fail on any English left where another language was asked for.

const FUNCTION_WORDS = /\b(the|is|are|and|of|to|this|for|with|which|what|fits|chosen|yet|by|from|each|every|any|one|no|not|known|rows?|you|that|it|its|be|cannot|has|have)\b/i;

export const englishProse = (text: string): boolean => /[A-Za-z]{2,}[ ,:;]+[A-Za-z]{2,}/.test(text) && FUNCTION_WORDS.test(text);
