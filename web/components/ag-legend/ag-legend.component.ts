import { LitElement, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ActorKind, RelationType } from '../../model/schema';
import { relationTypes } from '../../model/vocabulary';
import { kindLabels, relationStyles } from '../../theme';
import { styles } from './ag-legend.styles';

const dash = { solid: '', dashed: '8 5', dotted: '2 4' } as const;

/**
 * The key to relation types (colour, line style, arrow) and actor kinds (shape).
 *
 * @csspart list - each list of the legend.
 */
@customElement('ag-legend')
export class AgLegend extends LitElement {
  static override styles = styles;

  /** The actor kinds present in the graph, in order. */
  @property({ attribute: false }) kinds: ActorKind[] = [];

  override render() {
    return html`
      <ul part="list" aria-label="Relation types">
        ${relationTypes.map((type) => html`<li>${this.swatch(type)} ${type}${type === 'leverage' ? ' (A → B)' : ''}</li>`)}
      </ul>
      <ul part="list" aria-label="Actor kinds">
        ${this.kinds.map((kind) => html`<li><span class="shape ${kind}" aria-hidden="true"></span>${kindLabels[kind]}</li>`)}
      </ul>
    `;
  }

  private swatch(type: RelationType) {
    const style = relationStyles[type];
    return html`<svg width="42" height="12" aria-hidden="true">
      ${svg`<line x1="2" y1="6" x2="32" y2="6" stroke=${style.color} stroke-width=${style.width} stroke-dasharray=${dash[style.line]}></line>`}
      ${type === 'leverage' ? svg`<path d="M32 1 L41 6 L32 11 Z" fill=${style.color}></path>` : ''}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-legend': AgLegend;
  }
}
