import { memo } from 'react';
import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import { typeInfo } from '../palette/stateTypes';
import type { StateNodeData } from '../../../shared/graph/types';

/** A Parallel or Map state: a header with its name, over the frames of its branches or processor. */
function ContainerNodeView({ data, selected }: NodeProps<Node<StateNodeData>>) {
  const info = typeInfo(data.type);
  const drop =
    data.type === 'Parallel'
      ? JSON.stringify({ kind: 'parallel', scope: data.scope, name: data.name })
      : undefined;
  return (
    <div
      className={`container-node type-${data.type.toLowerCase()}${selected ? ' selected' : ''}${data.errors ? ' has-error' : ''}`}
      style={{ ['--type-colour' as string]: info.colour }}
    >
      <Handle type="target" position={Position.Top} className="handle" />
      <div
        className="container-header"
        data-drop={drop}
        title={drop ? 'Drop a state here to add a branch' : undefined}
      >
        <span className="type-badge" aria-hidden="true">
          {info.glyph}
        </span>
        <div className="state-node-text">
          <div className="state-node-name">{data.name}</div>
          <div className="state-node-detail">{data.detail}</div>
        </div>
        {data.errors > 0 && <span className="node-badge error">{data.errors}</span>}
      </div>
      <Handle type="source" position={Position.Bottom} className="handle" />
    </div>
  );
}

/** The React Flow node type for Parallel and Map states. */
export const ContainerNode = memo(ContainerNodeView);
