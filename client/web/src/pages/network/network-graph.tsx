import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';

export type GraphNode = { id: string; label: string; title: string; distance: number; weight: number };
export type GraphEdge = { key: string; source: string; target: string; weight: number; title: string };

type Props = {
  nodes: GraphNode[];
  edges: GraphEdge[];
  centreId: string;
  /** The edge whose records are shown beside the graph. */
  selectedEdge?: string | null;
  onSelectEdge?: (key: string) => void;
  /** Re-centre the network on this institution. */
  onSelectNode?: (id: string) => void;
  /** Smaller labels and nodes (the panel on institution pages). */
  compact?: boolean;
  /** What the drawing shows, for screen readers (the tables beside it carry the same data). */
  label: string;
};

const RING_COLOURS = ['#1d4ed8', '#2563eb', '#60a5fa', '#bfdbfe'];

/** Edge widths 1.5–12 px, by weight relative to the heaviest edge (square root, so light edges stay visible). */
function widthOf(weight: number, max: number) {
  return 1.5 + 10.5 * Math.sqrt(weight / (max || 1));
}

/**
 * The neighbourhood drawn with cytoscape: the centre in the middle, each hop a ring around it
 * (the built-in concentric layout), edge thickness by weight. Hovering an edge shows what it
 * is; clicking an edge selects it; clicking an institution re-centres on it.
 */
export default function NetworkGraph({ nodes, edges, centreId, selectedEdge, onSelectEdge, onSelectNode, compact, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef({ onSelectEdge, onSelectNode });
  handlers.current = { onSelectEdge, onSelectNode };
  const [tip, setTip] = useState<{ x: number; y: number; text: string } | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const maxEdge = Math.max(...edges.map((e) => e.weight), 1);
    const maxNode = Math.max(...nodes.map((n) => n.weight), 1);
    const elements: ElementDefinition[] = [
      ...nodes.map((n) => ({
        group: 'nodes' as const,
        data: {
          id: n.id,
          // The small panel sits on the centre's own page: its name there would only cover the edges.
          label: compact && n.id === centreId ? '' : n.label,
          title: n.title,
          distance: n.distance,
          size: (compact ? 14 : 22) + (compact ? 10 : 22) * Math.sqrt(n.weight / maxNode),
          colour: RING_COLOURS[Math.min(n.distance, RING_COLOURS.length - 1)],
        },
        classes: n.id === centreId ? 'centre' : '',
      })),
      ...edges.map((e) => ({
        group: 'edges' as const,
        data: { id: e.key, source: e.source, target: e.target, width: widthOf(e.weight, maxEdge), title: e.title },
      })),
    ];
    const maxDistance = Math.max(...nodes.map((n) => n.distance), 0);
    const cy = cytoscape({
      container: container.current,
      elements,
      autoungrabify: compact ?? false,
      boxSelectionEnabled: false,
      minZoom: 0.3,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            width: 'data(size)',
            height: 'data(size)',
            'background-color': 'data(colour)',
            'border-width': 1,
            'border-color': '#1e293b',
            label: 'data(label)',
            'font-size': compact ? 9 : 12,
            color: '#0f172a',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'ellipsis',
            'text-max-width': compact ? '90px' : '150px',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '1px',
          },
        },
        { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#f59e0b', 'font-weight': 'bold' } },
        {
          selector: 'edge',
          style: { width: 'data(width)', 'line-color': '#94a3b8', 'curve-style': 'bezier', opacity: 0.85 },
        },
        { selector: 'edge.hovered', style: { 'line-color': '#475569' } },
        { selector: 'edge.chosen', style: { 'line-color': '#b45309', opacity: 1, 'z-index': 10 } },
        { selector: 'node.faded, edge.faded', style: { opacity: 0.25 } },
      ],
      layout: {
        name: 'concentric',
        concentric: (node) => maxDistance + 1 - Number(node.data('distance')),
        levelWidth: () => 1,
        // A handful of nodes get room for the labels between the rings.
        minNodeSpacing: compact && nodes.length > 5 ? 12 : 36,
        animate: false,
        padding: compact ? 8 : 24,
      },
    });
    // Fitting two or three nodes would zoom them to fill the box (labels at 3× their size): draw a
    // small network at most 1.5× its natural size, centred, and let the reader zoom in if they want.
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center();
    }
    cyRef.current = cy;
    const place = (event: cytoscape.EventObject) => event.renderedPosition ?? { x: 0, y: 0 };
    cy.on('tap', 'edge', (event) => handlers.current.onSelectEdge?.(event.target.id()));
    cy.on('tap', 'node', (event) => {
      const id = event.target.id();
      if (id !== centreId) handlers.current.onSelectNode?.(id);
    });
    cy.on('mouseover', 'edge', (event) => {
      event.target.addClass('hovered');
      const { x, y } = place(event);
      setTip({ x, y, text: event.target.data('title') });
      if (container.current) container.current.style.cursor = 'pointer';
    });
    cy.on('mouseover', 'node', (event) => {
      const { x, y } = place(event);
      const node = event.target;
      cy.elements().not(node.closedNeighborhood()).addClass('faded');
      setTip({ x, y, text: node.id() === centreId ? node.data('title') : `${node.data('title')} — click to centre the network here` });
      if (container.current) container.current.style.cursor = node.id() === centreId ? 'default' : 'pointer';
    });
    cy.on('mouseout', 'node, edge', (event) => {
      event.target.removeClass('hovered');
      cy.elements().removeClass('faded');
      setTip(null);
      if (container.current) container.current.style.cursor = 'default';
    });
    return () => {
      cyRef.current = null;
      cy.destroy();
    };
  }, [nodes, edges, centreId, compact]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.edges().removeClass('chosen');
    if (selectedEdge) cy.getElementById(selectedEdge).addClass('chosen');
  }, [selectedEdge]);

  return (
    <div className={compact ? 'network-canvas compact' : 'network-canvas'}>
      <div ref={container} className="network-cy" role="img" aria-label={label} data-testid="network-graph" />
      {tip && (
        <div className="network-tip" style={{ left: tip.x + 12, top: tip.y + 12 }} aria-hidden="true">
          {tip.text}
        </div>
      )}
    </div>
  );
}
