import { memo } from 'react';
import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import type { PlaceholderNodeData } from '../../../shared/graph/flowGraph';

/** A dashed slot (a Choice's missing Default) that accepts a dropped state. */
function PlaceholderNodeView({ data }: NodeProps<Node<PlaceholderNodeData>>) {
  return (
    <div
      className="placeholder-node"
      data-drop={JSON.stringify(data.drop)}
      title="Drop a state here"
    >
      <Handle
        type="target"
        position={Position.Top}
        className="handle hidden"
        isConnectable={false}
      />
      {data.label}
    </div>
  );
}

/** The React Flow node type for drop slots. */
export const PlaceholderNode = memo(PlaceholderNodeView);
