import { memo, useState } from 'react';
import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import { typeInfo } from '../palette/stateTypes';
import type { StateNodeData } from '../../../shared/graph/types';
import { renameFromCanvas } from './commands';

/** A state on the canvas: its type's badge and colour, its name (double-click to rename). */
function StateNodeView({ data, selected }: NodeProps<Node<StateNodeData>>) {
  const info = typeInfo(data.type);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(data.name);
  // Dropping on a state: a Choice gets a new rule; other states get the new state after them.
  const drop =
    data.type === 'Choice'
      ? JSON.stringify({ kind: 'choice', scope: data.scope, name: data.name })
      : data.type === 'Succeed' || data.type === 'Fail'
        ? undefined
        : JSON.stringify({ kind: 'edge', scope: data.scope, from: data.name, via: 'Next' });
  const finish = (commit: boolean) => {
    setEditing(false);
    if (commit && draft.trim() && draft !== data.name)
      void renameFromCanvas(data.scope, data.name, draft.trim());
  };
  return (
    <div
      className={`state-node type-${data.type.toLowerCase()}${selected ? ' selected' : ''}${data.errors ? ' has-error' : ''}`}
      style={{ ['--type-colour' as string]: info.colour }}
      title={data.detail ? `${data.name}\n${data.detail}` : data.name}
      data-drop={drop}
    >
      <Handle type="target" position={Position.Top} className="handle" />
      <span className="type-badge" aria-hidden="true">
        {info.glyph}
      </span>
      <div className="state-node-text">
        {editing ? (
          <input
            className="nodrag nokey rename-input"
            aria-label={`Rename ${data.name}`}
            value={draft}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => finish(true)}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter') finish(true);
              if (e.key === 'Escape') finish(false);
            }}
          />
        ) : (
          <div
            className="state-node-name"
            onDoubleClick={(e) => {
              e.stopPropagation();
              setDraft(data.name);
              setEditing(true);
            }}
          >
            {data.name}
          </div>
        )}
        <div className="state-node-detail">{data.detail ?? data.type}</div>
      </div>
      {data.catchTo && (
        <span className="catch-tag" title={`Errors caught to ${data.catchTo.join(', ')}`}>
          ↯ {data.catchTo.join(', ')}
        </span>
      )}
      {data.errors > 0 && (
        <span className="node-badge error" title={`${data.errors} error(s)`}>
          {data.errors}
        </span>
      )}
      {data.errors === 0 && data.warnings > 0 && (
        <span className="node-badge warning" title={`${data.warnings} warning(s)`}>
          {data.warnings}
        </span>
      )}
      <Handle type="source" position={Position.Bottom} className="handle" />
    </div>
  );
}

/** The React Flow node type for states. */
export const StateNode = memo(StateNodeView);
