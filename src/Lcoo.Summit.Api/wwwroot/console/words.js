// The console's words, from its page (ConsoleWords): one instance every console module imports.
import { wordsOf } from "../words.js";

export const { locale, phrase, phraseOr, number, count, parts, day } = wordsOf(document.querySelector("main.console"));
