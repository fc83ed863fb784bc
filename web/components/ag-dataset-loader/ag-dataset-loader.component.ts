import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { maxFileBytes } from '../../model/limits';
import type { BroughtFile } from '../../model/load';
import { compileInWorker } from '../../state/brought-dataset';
import { loadDatasetEvent } from '../../events';
import { styles } from './ag-dataset-loader.styles';

/**
 * Opens a dataset the person brings, by file picker or by dropping files anywhere on the page:
 * the project's YAML files with their texts, a compiled graph JSON, or a CSV of relations with
 * its source text. Until the files are valid, the open graph stays as it is and the errors are
 * listed with file, line, record and a hint.
 *
 * @fires ag-load-dataset - with the compiled graph, or null to go back to the default dataset.
 */
@customElement('ag-dataset-loader')
export class AgDatasetLoader extends LitElement {
  static override styles = styles;

  /** Label of the brought dataset now open, if any. */
  @property() brought?: string;

  @state() private errors: string[] = [];
  @state() private busy = false;
  @state() private dragging = false;
  @query('dialog') private dialog!: HTMLDialogElement;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('dragover', this.onDragOver);
    document.addEventListener('dragleave', this.onDragLeave);
    document.addEventListener('drop', this.onDrop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('dragover', this.onDragOver);
    document.removeEventListener('dragleave', this.onDragLeave);
    document.removeEventListener('drop', this.onDrop);
  }

  override render() {
    return html`
      <button type="button" class="open" @click=${() => this.dialog.showModal()}>Open data…</button>
      ${
        this.brought
          ? html`<span class="brought">
              Showing <strong>${this.brought}</strong>
              <button type="button" @click=${() => this.dispatchEvent(loadDatasetEvent(null))}>
                Back to the default dataset
              </button>
            </span>`
          : nothing
      }
      ${this.dragging ? html`<div class="drop-hint" aria-hidden="true">Drop the files to open them</div>` : nothing}
      <dialog aria-labelledby="loader-title" @close=${() => (this.errors = [])}>
        <h2 id="loader-title">Open a dataset</h2>
        <p>Choose or drop, together:</p>
        <ul>
          <li>
            <code>sources.yaml</code>, <code>actors.yaml</code>, <code>relations.yaml</code> and the
            source <code>.txt</code> files, or
          </li>
          <li>one compiled graph <code>.json</code> (from Export), or</li>
          <li>
            one <code>.csv</code> of relations (from, to, type, label, period, quote…) with the
            <code>.txt</code> its quotes come from.
          </li>
        </ul>
        <p class="limit">
          Files over ${Math.round(maxFileBytes / 1024 / 1024)} MB are refused. The graph now open
          stays until the new files are valid.
        </p>
        <label class="picker">
          Files
          <input
            type="file"
            multiple
            accept=".yaml,.yml,.json,.csv,.txt"
            @change=${this.onPick}
            ?disabled=${this.busy}
          />
        </label>
        ${this.busy ? html`<p role="status">Checking the files…</p>` : nothing}
        ${
          this.errors.length > 0
            ? html`<div role="alert" class="errors">
                <p>
                  The dataset was not opened: ${this.errors.length}
                  problem${this.errors.length === 1 ? '' : 's'}.
                </p>
                <ul>
                  ${this.errors.map((error) => html`<li><code>${error}</code></li>`)}
                </ul>
              </div>`
            : nothing
        }
        <p class="close">
          <button type="button" @click=${() => this.dialog.close()}>Close</button>
        </p>
      </dialog>
    `;
  }

  private onPick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    void this.open([...(input.files ?? [])]);
    input.value = '';
  };

  private onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dragging = true;
  };

  private onDragLeave = (event: DragEvent) => {
    if (event.relatedTarget === null) this.dragging = false;
  };

  private onDrop = (event: DragEvent) => {
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    this.dragging = false;
    void this.open([...event.dataTransfer.files]);
  };

  /** Reads the files, checks them off the main thread, and opens the graph when all is well. */
  async open(files: File[]) {
    const tooBig = files.filter((file) => file.size > maxFileBytes);
    if (!this.dialog.open) this.dialog.showModal();
    if (tooBig.length > 0) {
      this.errors = tooBig.map(
        (file) =>
          `${file.name}: ${file.size} bytes, over the limit of ${maxFileBytes}; split the file`,
      );
      return;
    }
    this.busy = true;
    this.errors = [];
    try {
      const brought: BroughtFile[] = await Promise.all(
        files.map(async (file) => ({ name: file.name, text: await file.text() })),
      );
      const result = await compileInWorker(brought);
      if (result.ok) {
        this.dispatchEvent(loadDatasetEvent({ graph: result.graph, label: result.label }));
        this.dialog.close();
      } else {
        this.errors = result.errors;
      }
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-dataset-loader': AgDatasetLoader;
  }
}
