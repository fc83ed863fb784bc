/** An export that cannot be made; the message starts with the module ("view: ...", "cyjs: ..."). */
export class ExportError extends Error {
  override name = 'ExportError';
}
