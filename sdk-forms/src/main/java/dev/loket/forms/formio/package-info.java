/**
 * Imports Form.io form definitions, as stored by Open Formulieren (Open Forms), into Loket form
 * definitions: {@link dev.loket.forms.formio.FormioImport#convert}. What maps and what is reported
 * is specified in {@code spec/formio-import.md}.
 */
package dev.loket.forms.formio;
