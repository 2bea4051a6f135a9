import { memo } from 'react';
import type { NodeProps, Node } from '@xyflow/react';
import { typeInfo } from '../palette/stateTypes';
import type { GroupNodeData } from '../../../shared/graph/types';

/** A Parallel branch or Map processor: a labelled frame its states sit in; drop here to add. */
function GroupNodeView({ data }: NodeProps<Node<GroupNodeData>>) {
  const info = typeInfo(data.ownerType);
  return (
    <div
      className={`group-node${data.empty ? ' empty' : ''}`}
      style={{ ['--type-colour' as string]: info.colour }}
      data-drop={JSON.stringify({ kind: 'scope', scope: data.scope })}
    >
      <div className="group-label-bar">
        <span aria-hidden="true">{info.glyph}</span> {data.label}
      </div>
      {data.empty && <div className="group-empty">Drop a state here</div>}
    </div>
  );
}

/** The React Flow node type for branch and processor frames. */
export const GroupNode = memo(GroupNodeView);
