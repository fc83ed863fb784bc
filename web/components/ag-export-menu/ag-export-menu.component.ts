import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { ExportFormatName, ImageFormatName } from '../../model/export';
import { appStateContext, type AppState } from '../../state/app-state';
import { drawnGraphContext, type DrawnGraph } from '../../state/drawn-graph';
import { styles } from './ag-export-menu.styles';
import type { ExportChoice, ExportMenuHost } from './export-panel';

type Panel = typeof import('./export-panel');

declare global {
  interface Window {
    /**
     * Automation handle (command-line images, tests): makes an export of the view on screen as
     * the menu does, and returns the file's name, type and bytes (base64), and an image's size.
     */
    actorGraphExport?: (
      format: ExportFormatName | ImageFormatName,
      choice?: Partial<ExportChoice>,
    ) => Promise<{ name: string; type: string; base64: string; width?: number; height?: number }>;
  }
}

/**
 * The export menu: data of the whole graph or of the current view in every format of the export
 * registry, and images (PNG at 1× to 4×, SVG) of the graph as drawn, with legend and caption.
 * Its panel and the export code load when it first opens.
 *
 * @csspart button - the button that opens the menu.
 * @csspart panel - the menu.
 */
@customElement('ag-export-menu')
export class AgExportMenu extends LitElement implements ExportMenuHost {
  static override styles = styles;

  @consume({ context: appStateContext, subscribe: true })
  @state()
  appState?: AppState;

  @consume({ context: drawnGraphContext })
  drawnGraph?: DrawnGraph;

  /** The panel's choices and progress (set by the panel's module). */
  @state() choice: ExportChoice = {
    scope: 'view',
    table: 'relations',
    scale: 2,
    background: 'white',
  };
  @state() busy = false;
  @state() status = '';
  @state() problem = '';

  @state() private open = false;
  @state() private panel?: Panel;
  @query('button') private toggle!: HTMLButtonElement;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onOutside);
    window.actorGraphExport = async (format, choice = {}) =>
      (await this.load()).automation(this, format, choice);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutside);
    window.actorGraphExport = undefined;
  }

  private load = async (): Promise<Panel> => (this.panel ??= await import('./export-panel'));

  private onOutside = (event: Event) => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  private onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    this.toggle.focus();
  };

  override render() {
    if (!this.appState) return nothing;
    return html`
      <button
        type="button"
        part="button"
        aria-expanded=${this.open}
        aria-controls="panel"
        @click=${() => {
          this.open = !this.open;
          void this.load();
        }}
        @keydown=${this.onKey}
      >
        Export
      </button>
      <div
        id="panel"
        part="panel"
        role="group"
        aria-label="Export"
        ?hidden=${!this.open}
        @keydown=${this.onKey}
      >
        ${this.panel ? this.panel.renderPanel(this) : 'Loading…'}
        <p role="status">${this.status}</p>
        ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-export-menu': AgExportMenu;
  }
}
