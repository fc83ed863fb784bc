import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { selectEvent } from '../../events';
import type { ActorMatch, actorSearch } from '../../model/search';
import type { CompiledGraph } from '../../model/schema';
import { appStateContext, type AppState } from '../../state/app-state';
import { kindLabels } from '../../theme';
import { styles } from './ag-search.styles';

/**
 * Finds actors by name or alias, forgiving small misspellings. "/" anywhere focuses it; arrows
 * and Enter choose; the chosen actor is selected and centred.
 *
 * @fires ag-select - with the chosen actor, to be centred.
 */
@customElement('ag-search')
export class AgSearch extends LitElement {
  static override styles = styles;

  @consume({ context: appStateContext, subscribe: true })
  @state()
  private appState?: AppState;

  @state() private text = '';
  @state() private active = 0;
  @state() private open = false;
  @query('input') private input!: HTMLInputElement;

  private search?: ReturnType<typeof actorSearch>;
  private searchedGraph?: CompiledGraph;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onGlobalKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onGlobalKey);
  }

  /** The fuzzy index and its library load when the person first reaches for the search. */
  private indexLoading?: Promise<void>;

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (this.text && this.appState?.graph !== this.searchedGraph) void this.loadIndex();
  }

  private loadIndex(): Promise<void> {
    const graph = this.appState?.graph;
    if (!graph) return Promise.resolve();
    if (graph !== this.searchedGraph || !this.indexLoading) {
      this.searchedGraph = graph;
      this.indexLoading = import('../../model/search').then(({ actorSearch }) => {
        if (this.searchedGraph !== graph) return;
        this.search = actorSearch(graph.actors);
        this.requestUpdate();
      });
    }
    return this.indexLoading;
  }

  /** The last search and its matches: a render and a key read them without searching again. */
  private lastSearch?: {
    text: string;
    search: ReturnType<typeof actorSearch>;
    matches: ActorMatch[];
  };

  private get actorMatches(): ActorMatch[] {
    if (!this.text.trim() || !this.search) return [];
    if (this.lastSearch?.text !== this.text || this.lastSearch.search !== this.search) {
      this.lastSearch = { text: this.text, search: this.search, matches: this.search(this.text) };
    }
    return this.lastSearch.matches;
  }

  override render() {
    // A closed list needs no matches: choosing one (which sets the text) searches nothing.
    const matches = this.open ? this.actorMatches : [];
    const expanded = this.open && matches.length > 0;
    return html`
      <label for="search" class="visually-hidden">Search actors</label>
      <input
        id="search"
        type="search"
        role="combobox"
        autocomplete="off"
        placeholder="Search actors (/)"
        aria-keyshortcuts="/"
        aria-autocomplete="list"
        aria-controls="matches"
        aria-expanded=${expanded}
        aria-activedescendant=${expanded ? `match-${this.active}` : ''}
        .value=${this.text}
        @focus=${() => void this.loadIndex()}
        @input=${(event: InputEvent) => {
          this.text = (event.target as HTMLInputElement).value;
          this.active = 0;
          this.open = true;
        }}
        @keydown=${this.onKey}
        @blur=${() => (this.open = false)}
      />
      <ul id="matches" role="listbox" aria-label="Matching actors" ?hidden=${!expanded}>
        ${
          expanded
            ? matches.map(
                (match, i) =>
                  html`<li
                    id="match-${i}"
                    role="option"
                    aria-selected=${i === this.active}
                    @mousedown=${(event: Event) => event.preventDefault()}
                    @click=${() => this.choose(match)}
                  >
                    <span class="name">${match.actor.name}</span>
                    ${match.matched !== match.actor.name ? html`<span class="alias">${match.matched}</span>` : nothing}
                    <span class="kind">${kindLabels[match.actor.kind]}</span>
                  </li>`,
              )
            : nothing
        }
      </ul>
      <p class="visually-hidden" aria-live="polite">
        ${this.open && this.text.trim() ? `${matches.length} matching actors` : ''}
      </p>
    `;
  }

  private choose(match: ActorMatch) {
    this.dispatchEvent(selectEvent({ kind: 'actor', id: match.actor.id, centre: true }));
    this.text = match.actor.name;
    this.open = false;
  }

  private onKey = (event: KeyboardEvent) => {
    const matches = this.actorMatches;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (matches.length === 0) return;
      this.open = true;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + matches.length) % matches.length;
    } else if (event.key === 'Enter') {
      const match = matches[this.active];
      if (match) this.choose(match);
      // Typed faster than the index loaded: choose the best match once it is there.
      else if (!this.search && this.text.trim()) {
        void this.loadIndex().then(() => {
          const best = this.actorMatches[0];
          if (best) this.choose(best);
        });
      }
    } else if (event.key === 'Escape') {
      this.open = false;
    } else {
      return;
    }
    event.preventDefault();
  };

  private onGlobalKey = (event: KeyboardEvent) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0];
    if (
      target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
    ) {
      return;
    }
    event.preventDefault();
    this.input.focus();
    this.input.select();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-search': AgSearch;
  }
}
